namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 18: a threat whose own slots name no target is aimed at the first other side its clause names, the object of the
/// act it foretells or the author of what it answers; not at a side named after a comma (a reporting tail).
/// Sentences written for this test.
/// </summary>
public class MenacedSidesTests
{
    [Theory]
    [InlineData("The Chinese defence minister threatened on Monday that the navy would seize any Philippine supply boat near the shoal.", "CHN", "PHL")]
    [InlineData("Iran's foreign minister warned that Tehran would answer any strike launched by Israel.", "IRN", "ISR")]
    [InlineData("The Russian president threatened on Sunday that Moscow would respond to any Polish missile base.", "RUS", "POL")]
    [InlineData("North Korea threatened that its army would wipe out any South Korean warship crossing the line.", "PRK", "KOR")]
    [InlineData("Kenya's army chief threatened that troops would cross into Somali territory within days.", "KEN", "SOM")]
    [InlineData("The Moroccan king threatened that Rabat would cut ties over Algerian support for the rebels.", "MAR", "DZA")]
    public void A_threat_is_aimed_at_the_side_its_clause_names(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN" && e.Rule.EndsWith("+target.menaced", StringComparison.Ordinal)
            && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("The Iranian navy chief threatened to close the strait, Japanese television reported.", "JPN")]
    [InlineData("The Pakistani army chief threatened to retaliate, Indian television reported on Friday.", "IND")]
    public void A_side_after_a_comma_is_not_the_threatened(string text, string country) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN" && e.Target.Any(a => a.Code.Country == country));

    [Theory]
    [InlineData("Greek newspapers reported threats of Washington sanctions over the pipeline deal.")]
    [InlineData("Analysts in Seoul discussed the threat of Chinese retaliation over the missile shield.")]
    public void A_threat_named_by_its_noun_names_its_maker_not_the_menaced(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.menaced", StringComparison.Ordinal));
}
