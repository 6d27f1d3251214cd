namespace Parley.Pipeline.Tests.Events;

/// <summary>A row's gap stops at a verb coordinated with its first verb; leaving an international body reduces relations.</summary>
public sealed class CoordinatedVerbsTests
{
    [Theory]
    [InlineData("Turkish police closed two bridges and restricted access to the parliament in Ankara.", "and restricted")]
    [InlineData("Niger withdrew from ECOWAS and formed a confederation with Mali.", "and formed")]
    [InlineData("Canada imposed a curfew and later announced sanctions on Russian banks.", "and later announced")]
    public void A_gap_stops_at_a_coordinated_verb(string text, string joint)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).Contains(joint, StringComparison.Ordinal));
    }

    [Theory]
    // a shared object ("lifting or easing the sanctions") and an "-ed" word describing a noun ("and armed groups") are one phrase
    [InlineData("The European Union began lifting or easing the sanctions on Syria in February.", "lifting or easing the sanctions")]
    [InlineData("Sudan's army imposed a curfew in Khartoum and banned gatherings.", "imposed a curfew")]
    public void A_shared_object_or_a_single_act_still_matches(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => document.TextOf(e.Trigger) == trigger);
    }

    [Theory]
    [InlineData("Burkina Faso withdrew from ECOWAS last year.", "SANCTION", "161")]
    [InlineData("Nicaragua withdrew from the Organization of American States in 2023.", "SANCTION", "161")]
    [InlineData("Israeli troops withdrew from the southern Lebanese town of Khiam.", "RETREAT", "0874")]
    public void Leaving_a_body_reduces_relations(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Parley.Core.Factuality.Asserted);
}
