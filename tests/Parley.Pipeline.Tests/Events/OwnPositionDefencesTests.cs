using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 38, round 70: defending a position with no other side named is no verbal support (SelfDefences,
/// support.defend.*, reason no-target); defending another side stays 052. Sentences written for this test.
/// </summary>
public class OwnPositionDefencesTests
{
    [Fact]
    public void Defending_a_decision_names_no_other_side()
    {
        var document = EventTestDocuments.Run("Finnish Prime Minister Petteri Orpo defended the budget cuts in a speech to parliament on Tuesday.");
        Assert.DoesNotContain(document.Events, e => e.Cameo.StartsWith("05", StringComparison.Ordinal));
        Assert.Contains(document.Uncoded, u => u.Rule.StartsWith("support.defend", StringComparison.Ordinal) && u.Reason == UncodedReasons.NoTarget);
    }

    [Fact]
    public void Defending_another_state_stays_support()
    {
        var events = EventTestDocuments.Run("Brazil's president defended Venezuela against criticism from Washington on Monday.").Events;
        Assert.Contains(events, e => e.Cameo == "052" && e.Target.Count > 0);
    }
}
