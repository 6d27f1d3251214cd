namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A mediation of talks or a deal that names no parties is between the two sides of the latest dealing of the last few
/// sentences. Sentences written for these tests.
/// </summary>
public sealed class MediatedPairsTests
{
    [Theory]
    [InlineData("Armenia and Azerbaijan agreed to a ceasefire after two days of clashes. The talks were mediated by Russia, officials said.", "RUS", "ARM,AZE")]
    [InlineData("Ethiopia and Eritrea signed a peace deal in Jeddah on Monday. Officials said the deal was brokered by Saudi Arabia.", "SAU", "ETH,ERI")]
    [InlineData("A truce between Israel and Hamas took effect in Gaza early on Sunday, ending weeks of fighting. The deal, mediated by Qatar and Egypt, requires Israeli troops to pull out of Gaza over 40 days.", "QAT,EGY", "ISR,PSE")]
    public void A_mediation_of_a_dealing_is_between_the_pair_told_before(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Plover == "CONSULT");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.mediated", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mediation_of_something_else_is_not_read_as_of_the_last_pair() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Armenia and Azerbaijan agreed to a ceasefire after two days of clashes. France wants to broker a lasting end to the war.").Events,
            e => e.Rule.Contains("+target.mediated", StringComparison.Ordinal));

    [Fact]
    public void A_pair_told_long_before_is_not_the_mediated_one() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Armenia and Azerbaijan agreed to a ceasefire after two days of clashes. The roads were quiet. Shops opened again. "
            + "Schools stayed shut. Farmers returned to the fields. The talks had been mediated by Russia, officials said.").Events,
            e => e.Rule.Contains("+target.mediated", StringComparison.Ordinal));

    [Fact]
    public void A_mediation_participle_after_a_name_is_no_passive() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Armenia and Azerbaijan agreed to a ceasefire after two days of clashes. France mediated by phone on Monday.").Events,
            e => e.Rule.Contains("+target.mediated", StringComparison.Ordinal));
}
