using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 56: a verdict on a deed noun ("condemned the strikes", "welcomed the step") is held to deeds done in the event's place
/// only when that place is named in the judged clause (EventCoder.JudgedAuthor): a dateline or the judge's own seat ("In Lima,
/// ... condemned") says where the judge spoke, and the deed is then sought anywhere in the story (<see cref="RetoldDeeds"/>).
/// Near misses: the deed's doer is the judge itself, or no deed was told.
/// </summary>
public class JudgedDeedReachTests
{
    [Fact]
    public void A_verdict_given_in_the_judge_s_own_capital_retells_the_deed_done_elsewhere()
    {
        var text = "Chilean forces struck two camps in Bolivia on Friday. The camps were empty at the time. In Lima, Peru's foreign minister condemned the strikes as reckless.";
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == "PER" && EventTestDocuments.Countries(e.Target) == "CHL");
    }

    [Fact]
    public void A_step_welcomed_from_a_third_capital_is_the_agreement_s_parties()
    {
        var text = "OSLO - Ghana and Togo agreed on Monday to restore diplomatic relations. Delegations from the two states met in the Norwegian capital. Nigeria welcomed the step, saying it would help the region.";
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "SUPPORT" && EventTestDocuments.Countries(e.Source) == "NGA" && EventTestDocuments.Countries(e.Target).Contains("GHA"));
    }

    [Fact]
    public void The_judge_s_own_deed_is_not_its_target()
    {
        var text = "Chilean forces struck two camps in Bolivia on Friday. The camps were empty at the time. In Santiago, Chile's defence minister praised the strikes as precise.";
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => EventTestDocuments.Countries(e.Source) == "CHL" && EventTestDocuments.Countries(e.Target) == "CHL" && e.Plover == "SUPPORT");
    }

    [Fact]
    public void No_deed_told_leaves_the_verdict_without_a_doer_from_the_story()
    {
        var text = "The weather in the region stayed mild for most of the week. In Lima, Peru's foreign minister condemned the strikes as reckless.";
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Target) is "CHL" or "BOL");
    }
}
