namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 61: a denial whose object names an accusation by what it is ("rejected the charge", "dismissed the accusations as
/// baseless") is aimed at the accuser, not at the body it was told to nor at the denier's own country (DeniedAccusations).
/// Sentences written for these tests.
/// </summary>
public sealed class DeniedAccusersTests
{
    [Fact]
    public void A_rejected_charge_told_to_a_council_is_aimed_at_the_accuser()
    {
        var doc = EventTestDocuments.Run(
            "Chile on Tuesday accused Peru of arming rebels in the northern hills.\n\n"
            + "Peru's foreign minister rejected the charge, telling the council that the rifles had been stolen from an army depot.");
        var denial = doc.Events.Single(e => e.Cameo == "016");
        Assert.Equal(("PER", "CHL"), (EventTestDocuments.Countries(denial.Source), EventTestDocuments.Countries(denial.Target)));
        Assert.Contains("+target.accuser", denial.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Accusations_dismissed_as_baseless_are_aimed_at_the_accuser_not_at_home()
    {
        var doc = EventTestDocuments.Run(
            "Ghana's government accused Togo of sheltering the plotters of a failed mutiny.\n\n"
            + "The Togolese government dismissed the accusations as baseless and said the country had never harboured rebels.");
        var denial = doc.Events.Single(e => e.Cameo == "016");
        Assert.Equal(("TGO", "GHA"), (EventTestDocuments.Countries(denial.Source), EventTestDocuments.Countries(denial.Target)));
    }

    [Fact]
    public void An_accusation_against_a_third_country_is_not_the_one_denied()
    {
        var doc = EventTestDocuments.Run(
            "Chile on Tuesday accused Peru of arming rebels in the northern hills.\n\n"
            + "Bolivia's foreign minister rejected the charge, telling the council that the rifles had been stolen from an army depot.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "016" && EventTestDocuments.Countries(e.Target) == "CHL");
    }
}
