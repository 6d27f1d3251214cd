namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Word families no row read, counted by gold trigger on the read sets (docs/PATTERNS.md, "Triggers never read: gold
/// trigger families on 84 read sets", session 34, round 66): declining to say or to name refuses comment (011), forces
/// put "on" an alert or a readiness after
/// a long object (152), and a court finding a long-named person guilty (116). The look-alikes beside them code nothing
/// of those rows. Sentences written for this test.
/// </summary>
public class UntriggeredFamilies66Tests
{
    [Theory]
    [InlineData("The Peruvian foreign ministry declined to say how many diplomats would leave.", "reject.decline-say.v1", "011", "PER")]
    [InlineData("Kenyan police declined to name the officers involved in the raid.", "reject.decline-say.v1", "011", "KEN")]
    [InlineData("Armenia placed its army on the highest level of combat readiness on Tuesday.", "mobilize.alert-on.v1", "152", "ARM")]
    [InlineData("Pakistan put troops along its eastern border on high alert.", "mobilize.alert-on.v1", "152", "PAK")]
    [InlineData("A court in Lima found former Peruvian president Alberto Fujimori guilty of corruption.", "accuse.find-guilty.v1", "116", "PER")]
    public void Each_form_codes_its_act(string text, string rule, string cameo, string source) =>
        EventTestDocuments.AssertRuleCodes(text, rule, cameo, source);

    [Theory]
    [InlineData("A Colombian official, who declined to be named, said the talks would resume.", "reject.decline-say.v1")]
    [InlineData("The Ghanaian ministry refused to say how many people were detained.", "reject.decline-say.v1")]
    [InlineData("Armenia placed an order for new rifles on Tuesday.", "mobilize.alert-on.v1")]
    public void Look_alikes_code_nothing_of_the_row(string text, string rule) => EventTestDocuments.AssertRuleSilent(text, rule);
}
