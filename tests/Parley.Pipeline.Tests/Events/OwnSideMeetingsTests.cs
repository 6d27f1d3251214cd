namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 24, from VOA review round 15 (#2, #30): a meeting among one side's own people takes no side of the story. A verb of
/// gathering, told or foretold, with no one after it ("officials would meet over the weekend") is dropped before the story's
/// partner is lent to it (SoloGathering); a meeting "with security chiefs" is with one's own inner circle (OwnCircles), not
/// with the counterpart the story dealt with before. A named partner or a conjoined pair still meets. Sentences written for these tests.
/// </summary>
public sealed class OwnSideMeetingsTests
{
    private const string TwoSides =
        "Peru accused Chile on Monday of blocking lorries at the border crossing near Tacna. Chile rejected the charge. ";

    [Fact]
    public void Officials_who_meet_among_themselves_get_no_partner()
    {
        var doc = EventTestDocuments.Run(TwoSides + "Peruvian officials would meet over the weekend to weigh a response, the foreign minister said.");
        Assert.DoesNotContain(doc.Events, e => e.Plover is "CONSULT" or "AGREE" && EventTestDocuments.Countries(e.Target) == "CHL");
    }

    [Theory]
    [InlineData("security chiefs")]
    [InlineData("military officials")]
    public void A_meeting_with_security_chiefs_is_held_at_home(string circle)
    {
        var doc = EventTestDocuments.Run(TwoSides + $"Peru's president told reporters on Tuesday that she had met with {circle} to review the border.");
        Assert.DoesNotContain(doc.Events, e => e.Plover == "CONSULT" && EventTestDocuments.Countries(e.Target) == "CHL");
    }

    [Fact]
    public void A_meeting_with_commanders_abroad_is_not_taken_for_the_inner_circle()
    {
        var doc = EventTestDocuments.Run(TwoSides + "Peru's defence minister met with commanders of the Chilean army on Tuesday.");
        Assert.Contains(doc.Events, e => e.Plover == "CONSULT" && e.Target.Any(a => a.Code.Country == "CHL"));
    }

    [Fact]
    public void A_named_partner_still_meets()
    {
        var doc = EventTestDocuments.Run(TwoSides + "Peru's foreign minister would meet her Chilean counterpart on Friday, officials said.");
        Assert.Contains(doc.Events, e => e.Plover is "CONSULT" or "AGREE" && EventTestDocuments.Countries(e.Target) == "CHL");
    }
}
