namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A nominal act followed by a participle of calling or staging it and a by-phrase ("a strike called by the unions",
/// "a raid carried out by commandos") names its doer there: the by-agent is the source. A participle that only
/// describes the thing ("a town held by rebels") names no doer of the act.
/// </summary>
public class StagedActsTests
{
    [Theory]
    [InlineData("Traffic halted in Lagos during a three-day strike organised by Nigerian labour unions.", "PROTEST", "NGA")]
    [InlineData("Turnout was low because of a boycott staged by the Kenyan opposition.", "PROTEST", "KEN")]
    [InlineData("Markets stayed empty in Harare on Monday in a general strike called by Zimbabwean opposition groups.", "PROTEST", "ZWE")]
    [InlineData("Dozens of villagers died in a raid carried out by Russian commandos before dawn.", "ASSAULT", "RUS")]
    [InlineData("Fuel prices rose sharply after an offensive launched by Ethiopian troops last week.", "ASSAULT", "ETH")]
    [InlineData("Nobody was hurt in a sit-in mounted by Bolivian miners outside the ministry.", "PROTEST", "BOL")]
    public void The_by_agent_of_a_staged_act_is_its_source(string text, string plover, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, source), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    // The participle tells about the place, not about who attacked it.
    [InlineData("Shelling of a town held by Ukrainian troops went on through the night.", "UKR")]
    [InlineData("A protest outside an embassy guarded by Egyptian police ended peacefully.", "EGY")]
    public void A_describing_participle_names_no_doer(string text, string country)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Count > 0 && EventTestDocuments.Countries(e.Source) == country);
    }
}
