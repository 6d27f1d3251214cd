namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An act done under a deal, or after talks, that names its partner after "with" ("agreed to disarm under a pact signed
/// with Kabul") is aimed at that partner. A "with" that follows no deal noun names no partner.
/// </summary>
public class TargetPartnersTests
{
    [Theory]
    [InlineData("Iran agreed on Monday to cap its uranium enrichment under an accord reached with France and Germany in Vienna.", "IRN", "FRA,DEU")]
    [InlineData("Sudan pledged to open its airports to relief flights under a deal worked out with Kenya.", "SDN", "KEN")]
    [InlineData("The Tamil rebels agreed to withdraw from two towns as part of a truce brokered with the Sri Lankan government.", "LKA", "LKA")]
    [InlineData("Libya promised to hand over the two suspects after lengthy negotiations with Britain in The Hague.", "LBY", "GBR")]
    [InlineData("Syria agreed on Tuesday to pull its troops out of the valley under a pact signed last month with Lebanon.", "SYR", "LBN")]
    [InlineData("Ukraine pledged to give up its nuclear arsenal in return for fuel, according to a treaty concluded with Russia.", "UKR", "RUS")]
    public void The_partner_of_the_deal_is_the_target(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void A_with_phrase_after_no_deal_names_no_partner()
    {
        var e = EventTestDocuments.Best("Iran agreed on Monday to cap its uranium enrichment, in line with demands from Germany.");
        Assert.NotNull(e);
        Assert.DoesNotContain("DEU", EventTestDocuments.Countries(e.Target), StringComparison.Ordinal);
    }
}
