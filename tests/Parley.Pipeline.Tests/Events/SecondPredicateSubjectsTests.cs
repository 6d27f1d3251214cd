namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 49: a second act of the main clause's subject past words that hid it: a participle after a verbless "after" phrase
/// (AdjunctParticiples), and a verb after ", and" that closes a relative clause on the object (ObjectRelatives).
/// </summary>
public class SecondPredicateSubjectsTests
{
    [Theory]
    [InlineData("Chilean riot police cleared the square in Santiago after two hours, firing tear gas at the crowd.", "firing", "CHL")]
    [InlineData("Thousands of Kenyan farmers marched on Nairobi before dawn, blocking the main highway.", "blocking", "KEN")]
    public void A_participle_after_a_verbless_after_phrase_is_the_main_subjects(string text, string trigger, string source)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.Ordinal));
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }

    [Fact]
    public void A_participle_after_an_after_clause_with_its_own_verb_is_not_read_from_the_main_clause()
    {
        var document = EventTestDocuments.Run("Kenya recalled its envoy after Ugandan troops shelled a border post, killing two guards.");
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).StartsWith("killing", StringComparison.Ordinal) && EventTestDocuments.Countries(e.Source) == "KEN");
    }

    [Theory]
    [InlineData("Ghana drew closer to Nigeria, which is locked in a trade row with Benin, and signed a defence pact with Abuja.", "signed", "GHA")]
    [InlineData("Peru recalled its envoy from Chile, which had seized two fishing boats, and expelled the Chilean ambassador.", "expelled", "PER")]
    public void A_verb_after_a_relative_clause_on_the_object_is_the_main_subjects(string text, string trigger, string source)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.Ordinal));
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }
}
