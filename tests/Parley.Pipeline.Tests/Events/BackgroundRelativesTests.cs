using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 53: an act told in a "which"/"that"/"where" relative clause in the present perfect, or after "once", is a side's
/// background, not the news the sentence reports (<c>BackgroundRelatives</c>): it is not asserted, and the main act stays.
/// A stance ("which has condemned"), a named object ("which has charged Ruiz"), a past perfect ("which had") and a "who"
/// clause stay events. Sentences written for this test.
/// </summary>
public class BackgroundRelativesTests
{
    [Theory]
    [InlineData("The Nordic Council, which has mediated earlier rounds between the two sides, urged Chile and Peru to resume talks.", "mediated")]
    [InlineData("The African Union, which has hosted previous rounds, called on Sudan and Chad to return to the table.", "hosted")]
    [InlineData("Bolivia, which once backed the rebels, expelled the Peruvian ambassador on Tuesday.", "backed")]
    [InlineData("Chilean troops attacked the camp of a militia that has mounted raids on border posts.", "mounted")]
    [InlineData("Peru protested to Chile over the islands, where Chile has deployed coast guards.", "deployed")]
    public void A_background_act_in_a_relative_clause_is_not_asserted(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Factuality == Factuality.Asserted
            && document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(document.Events, e => e.Factuality == Factuality.Asserted); // the news itself is coded
    }

    [Theory]
    [InlineData("The Swedish government, which has condemned the raid, summoned Bolivia's ambassador.", "condemned")]
    [InlineData("Kosovo's government, which has charged Ruiz with sedition, rejected his appeal.", "charged")]
    [InlineData("Chile, which had expelled Peru's ambassador, recalled its own envoy from Lima.", "expelled")]
    [InlineData("Peruvian students, who have blockaded the education ministry, marched on Congress on Friday.", "blockaded")]
    [InlineData("Peru's president, who has expelled two Chilean diplomats, met the Bolivian foreign minister in Lima.", "expelled")]
    public void A_stance_a_named_object_or_a_backstory_stays_asserted(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Factuality == Factuality.Asserted
            && document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.OrdinalIgnoreCase));
    }
}
