namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A plural pronoun may mean a collective body ("the European Union ... They urged"): when the last list "they" could mean
/// names the clause's own target, the international body that opened the previous sentence acts; a state never stands so.
/// </summary>
public class CollectiveAntecedentsTests
{
    [Fact]
    public void A_body_that_opened_the_previous_sentence_is_they()
    {
        var events = EventTestDocuments.Run("The presidents of Russia and Iran met in Tehran. The European Union issued a statement on the talks. They urged Russia to withdraw its forces from Ukraine.").Events;
        Assert.Contains(events, e => e.Plover == "REQUEST" && EventTestDocuments.Countries(e.Source) == "IGO" && EventTestDocuments.Countries(e.Target) == "RUS");
    }

    [Fact]
    public void A_state_that_opened_the_previous_sentence_is_not()
    {
        var events = EventTestDocuments.Run("The presidents of Russia and Iran met in Tehran. Brazil issued a statement on the talks. They urged Russia to withdraw its forces from Ukraine.").Events;
        Assert.DoesNotContain(events, e => e.Plover == "REQUEST");
    }
}
