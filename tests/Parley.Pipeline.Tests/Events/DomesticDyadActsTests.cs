namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 52: the story's dyad (+target.dyad, StoryDyads) is kept off acts a state does at home: a law passed (083), a defence
/// of its own move (052), its own readiness or decision told without a partner (frame.ready, frame.decide). And a call for the
/// release of someone held by his own state is aimed at that state, not at him (ReleaseBeneficiaries, HeldBeneficiaryHolder).
/// Sentences written for these tests.
/// </summary>
public sealed class DomesticDyadActsTests
{
    private const string TwoSides =
        "Armenia accused Azerbaijan on Tuesday of shelling villages near the border. Azerbaijan denied the charge and said Armenian troops had fired first. "
        + "Armenian officials said Azerbaijani forces had killed two soldiers. ";

    [Theory]
    [InlineData("A day after the Armenian strikes, Azerbaijan said it was ready to act.", "030")]
    [InlineData("A day after the Armenian strikes, Azerbaijan decided to act.", "030")]
    [InlineData("A day after the Armenian strikes, Azerbaijan's government approved a new law on reservists.", "083")]
    public void A_domestic_act_takes_no_side_of_the_story(string last, string cameo)
    {
        var doc = EventTestDocuments.Run(TwoSides + last);
        var act = Assert.Single(doc.Events, e => EventTestDocuments.Countries(e.Source) == "AZE" && e.Cameo == cameo);
        Assert.DoesNotContain("+target.dyad", act.Rule, StringComparison.Ordinal);
        Assert.DoesNotContain(act.Target, a => a.Code.Country == "ARM");
    }

    [Fact]
    public void A_defence_of_ones_own_decision_takes_no_side_of_the_story_and_is_no_event()
    {
        // Round 70: "defended the decision" with no side named is a position held, not 052 (SelfDefences).
        var doc = EventTestDocuments.Run(TwoSides + "A day after the Armenian strikes, Azerbaijan's defence minister defended the decision.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "052");
    }

    [Fact]
    public void A_show_of_force_still_takes_the_other_side()
    {
        var doc = EventTestDocuments.Run(TwoSides + "Azerbaijan rushed in reinforcements overnight, the Armenian defence ministry said.");
        Assert.Contains(doc.Events, e => e.Plover == "MOBILIZE" && EventTestDocuments.Countries(e.Target) == "ARM" && e.Rule.Contains("+target.dyad", StringComparison.Ordinal));
    }

    [Fact]
    public void A_call_for_the_release_of_one_held_at_home_is_aimed_at_his_state()
    {
        // Bolivia leads the story's dyad (Bolivia and Peru) without dominating it; the one held is Bolivian, no arrest is coded
        var doc = EventTestDocuments.Run(
            "Bolivia said on Monday that Bolivian opposition leader Marco Quiroga had plotted a coup with Peruvian officials. Peru denied the charge, "
            + "and Bolivia expelled a Peruvian diplomat. Peruvian leaders said Bolivia was persecuting its critics. "
            + "Quiroga has been held at a military base in Bolivia since the weekend. Britain urged his immediate release.");
        var call = Assert.Single(doc.Events, e => e.Plover == "REQUEST" && EventTestDocuments.Countries(e.Source) == "GBR");
        Assert.Equal("BOL", EventTestDocuments.Countries(call.Target));
        Assert.DoesNotContain(call.Target, a => doc.Slice(a.Range).ToString().Contains("Quiroga", StringComparison.Ordinal) || doc.Slice(a.Range).ToString() == "his");
    }
}
