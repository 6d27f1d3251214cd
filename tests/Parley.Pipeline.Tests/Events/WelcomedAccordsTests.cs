namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Praise or blame of an accord named by its noun alone ("welcomed the truce") is aimed at the accord's parties: the pair
/// "both sides" names in the same sentence, else the sides of the latest agreement the story told. Sentences written for these tests.
/// </summary>
public sealed class WelcomedAccordsTests
{
    [Theory]
    [InlineData("Armenia and Azerbaijan signed a ceasefire agreement in Moscow on Sunday. The head of the United Nations welcomed the agreement.", "IGO", "ARM,AZE")]
    [InlineData("India and Pakistan agreed to a ceasefire on Saturday after four days of clashes. British Foreign Secretary David Lammy welcomed the ceasefire.", "GBR", "IND,PAK")]
    [InlineData("Peru and Ecuador signed a border treaty in Brasilia on Monday. Chile praised the new treaty as a model for the region.", "CHL", "PER,ECU")]
    public void Praise_of_an_accord_goes_to_the_parties_of_the_latest_agreement(string text, string source, string target)
    {
        var praise = EventTestDocuments.Run(text).Events.Last(e => e.Plover == "SUPPORT");
        Assert.Equal((source, target), (EventTestDocuments.Countries(praise.Source), EventTestDocuments.Countries(praise.Target)));
        Assert.Contains("+target.accord", praise.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Praise_beside_an_appeal_to_both_sides_goes_to_that_pair()
    {
        var doc = EventTestDocuments.Run("Ethiopia and Eritrea exchanged artillery fire on Monday. Kenya's president welcomed the truce and urged both sides to respect it.");
        var praise = doc.Events.First(e => e.Plover == "SUPPORT");
        Assert.Equal(("KEN", "ETH,ERI"), (EventTestDocuments.Countries(praise.Source), EventTestDocuments.Countries(praise.Target)));
    }

    [Theory]
    [InlineData("Armenia and Azerbaijan signed a ceasefire agreement in Moscow on Sunday. France welcomed the agreement between the two rebel groups in Libya.")]
    [InlineData("Armenia and Azerbaijan signed a ceasefire agreement in Moscow on Sunday. France welcomed the Minsk agreement.")]
    [InlineData("France welcomed the agreement on Sunday.")]
    [InlineData("Armenia and Azerbaijan signed a ceasefire agreement in Moscow on Sunday. France's opposition alleged that the agreement was rushed.")]
    public void An_accord_whose_own_words_name_other_parties_or_none_told_is_not_read(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.accord", StringComparison.Ordinal));
    }
}
