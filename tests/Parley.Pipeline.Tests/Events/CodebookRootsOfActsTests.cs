namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Acts that were read but coded with a root the CAMEO codebook does not give them (roots46), in sentences written for
/// this test: drills agreed between partners are an intent to cooperate militarily (0312, not the threat 138 a vow of
/// drills is); a ruler ordering his forces to move mobilizes them (154, not a demand 100); withdrawing medical or aid
/// missions stops aid (162, not the military retreat 0874); a deed dismissed as a ploy or a stunt labels its doers (111, not
/// the rejection 120). Each has a look-alike that keeps its old code.
/// </summary>
public class CodebookRootsOfActsTests
{
    [Theory]
    [InlineData("Peru and Chile agreed to hold yearly naval exercises along their shared coast.", "0312")]
    [InlineData("Kenya and Uganda agreed to conduct joint army drills next year.", "0312")]
    [InlineData("Brazil and Argentina agreed to share intelligence on drug cartels.", "0314")]
    // look-alikes: drills vowed or threatened still threaten force
    [InlineData("China vowed to hold more military drills around the island.", "138")]
    [InlineData("Russia threatened to stage exercises near the Estonian frontier.", "138")]
    public void Drills_agreed_between_partners_are_military_cooperation_not_a_threat(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == cameo);
        Assert.DoesNotContain(events, e => e.Cameo != cameo && (e.Cameo.StartsWith("13", StringComparison.Ordinal) || e.Cameo.StartsWith("03", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("President Ruto ordered troops to move closer to the border with Somalia.", "KEN", "SOM")]
    [InlineData("The Azerbaijani defence minister ordered tank battalions to advance toward the frontier.", "AZE", "")]
    [InlineData("Moscow instructed reinforcements to redeploy near the Finnish border.", "RUS", "FIN")]
    [InlineData("Maduro ordered army units to head toward the border with Guyana.", "VEN", "GUY")]
    public void A_ruler_ordering_forces_to_move_mobilizes_them(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith("mobilize.order-forces.v1", StringComparison.Ordinal));
        Assert.Equal(("154", source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
        if (target.Length > 0)
            Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Fact]
    public void An_order_to_another_to_withdraw_staff_is_still_a_demand()
    {
        var events = EventTestDocuments.Run("Kenya ordered the United Nations to withdraw its staff.").Events;
        Assert.DoesNotContain(events, e => e.Cameo == "154");
        Assert.Contains(events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Japan said it would withdraw its medical teams from Myanmar.", "JPN", "MMR")]
    [InlineData("Cuba withdrew its doctors from Bolivia last year.", "CUB", "BOL")]
    [InlineData("Israel recalled its agricultural experts from Ghana in protest.", "ISR", "GHA")]
    [InlineData("Cuba said it would pull its medical and technical teams out of Ecuador.", "CUB", "ECU")]
    public void Withdrawn_aid_missions_stop_aid(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "162");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void Troops_withdrawn_still_retreat()
    {
        var events = EventTestDocuments.Run("Russia withdrew its troops from the Ukrainian city of Kherson.").Events;
        Assert.Contains(events, e => e.Cameo == "0874");
        Assert.DoesNotContain(events, e => e.Cameo == "162");
    }

    [Theory]
    [InlineData("The Hungarian government dismissed the teachers' strike as a political maneuver.", "HUN")]
    [InlineData("Beijing derided the new sanctions as a cheap stunt.", "CHN")]
    public void A_deed_dismissed_as_a_ploy_labels_its_doers(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith("accuse.dismiss-deed-as-label", StringComparison.Ordinal));
        Assert.Equal(("111", source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    // look-alike: a deed dismissed with no label is still refused
    [InlineData("The Hungarian government dismissed the strike on Monday.")]
    public void A_dismissal_without_a_label_stays_a_rejection(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => e.Cameo == "111");
        Assert.Contains(events, e => e.Cameo == "120");
    }
}
