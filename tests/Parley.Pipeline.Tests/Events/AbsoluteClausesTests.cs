namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An absolute "with" clause (", with police firing tear gas") has its own subject, the noun phrase after "with"; "each side",
/// "each delegation" act on one another, both ways between the pair of the dealing told before.
/// </summary>
public class AbsoluteClausesTests
{
    [Theory]
    [InlineData("Armenia and Azerbaijan held border talks in Almaty. The talks ended without a deal on Thursday, with each delegation faulting its counterpart for the impasse.", "faulting", "ACCUSE")]
    [InlineData("Sudan and South Sudan completed a prisoner exchange at the border, with each government releasing 40 soldiers.", "releasing", "RETREAT")]
    [InlineData("Ecuador and Peru traded accusations at the United Nations on Monday, with each country accusing the other of hiding smugglers.", "accusing", "ACCUSE")]
    public void Each_side_acts_on_the_other_both_ways(string text, string participle, string plover)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => document.TextOf(e.Trigger).StartsWith(participle, StringComparison.Ordinal));
        Assert.Equal(plover, e.Plover);
        Assert.Contains("+sides.each", e.Rule, StringComparison.Ordinal);
        Assert.Equal(2, e.Source.Concat(e.Target).Select(a => a.Code.Country).Distinct().Count());
    }

    [Fact]
    public void The_noun_after_with_is_the_doer_not_the_main_subject()
    {
        var document = EventTestDocuments.Run("Farmers marched on the parliament in Nairobi, with Kenyan police firing tear gas at the crowd.");
        var e = Assert.Single(document.Events, e => document.TextOf(e.Trigger).StartsWith("firing", StringComparison.Ordinal));
        Assert.Equal("COP", e.Source[0].Code.Sector);
    }

    [Theory]
    // a preposition inside the phrase: no absolute clause ("with the help of troops")
    [InlineData("The rebels took the town with the help of fighters shelling the hills.", "shelling")]
    // a people named inside "both ... rivals": which pair is meant the sentence does not tell
    [InlineData("The peace process has stalled for months, with both Libyan rivals accusing the other of bad faith.", "accusing")]
    public void Other_phrases_after_with_name_no_doer(string text, string participle)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).StartsWith(participle, StringComparison.Ordinal));
    }
}
