namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 18: a part of a group ("the rest of the British sailors", "the first of the hostages") as an act's object is of
/// that group: the named group after the partitive's "of" is the target, and a threat is not aimed at what it would leave
/// ("pull its troops out of the force in Sierra Leone"). Sentences written for this test.
/// </summary>
public class PartitiveObjectsTests
{
    [Theory]
    [InlineData("Iran freed the rest of the British sailors on Wednesday.", "IRN", "GBR")]
    [InlineData("Damascus freed the bulk of the Jordanian detainees on Sunday.", "SYR", "JOR")]
    [InlineData("Baghdad on Monday freed the first of the Japanese hostages, officials said.", "IRQ", "JPN")]
    [InlineData("Serbia released the remainder of the Croatian prisoners.", "SRB", "HRV")]
    [InlineData("Ethiopian troops killed the last of the Eritrean commandos near the border.", "ETH", "ERI")]
    [InlineData("Moscow expelled the majority of the Latvian diplomats on Friday.", "RUS", "LVA")]
    public void A_part_of_a_named_group_is_of_that_group(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Nigeria warned on Friday that it would pull its troops out of the West African force in Liberia unless others paid.", "LBR")]
    [InlineData("Uganda threatened that it would withdraw its troops out of the regional force in Somalia if funds ran out.", "SOM")]
    public void A_threat_is_not_aimed_at_what_it_would_leave(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN" && EventTestDocuments.Countries(e.Target) == target);
}
