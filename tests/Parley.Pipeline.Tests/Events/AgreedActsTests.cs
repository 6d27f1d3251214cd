namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// What two sides agree to (roots65), in sentences written for this test: force agreed to between partners is military
/// cooperation intended (0312), other violence named in an agreement is no threat (030), and relations agreed to be
/// restored are restored (054, normalize relations), where an agreement to deepen working ties stays an intent (032) and
/// a vow of force stays a threat (138).
/// </summary>
public class AgreedActsTests
{
    [Theory]
    [InlineData("Kazakhstan and Kyrgyzstan agreed to deploy a joint battalion along their common frontier.", "0312")]
    [InlineData("Ghana and Togo agreed on Tuesday to station joint patrols near the coast.", "0312")]
    public void Force_agreed_between_partners_is_military_cooperation(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == cameo);
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
    }

    [Fact]
    public void Violence_named_in_an_agreement_is_no_threat()
    {
        var events = EventTestDocuments.Run("Peru and Bolivia agreed to open a joint bureau to fight smuggling gangs.").Events;
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chad vowed to deploy more troops to the border with Sudan.")]
    [InlineData("Azerbaijan threatened to attack Armenian positions.")]
    public void Force_vowed_or_threatened_stays_a_threat(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Morocco and Algeria agreed on Thursday to restore diplomatic relations.", "MAR")]
    [InlineData("Qatar and the United Arab Emirates agreed to resume full relations after three years.", "QAT")]
    public void Relations_agreed_to_be_restored_are_restored(string text, string source)
    {
        var events = EventTestDocuments.Run(text).Events;
        var e = Assert.Single(events, e => e.Cameo == "054");
        Assert.Contains(source, EventTestDocuments.Countries(e.Source), StringComparison.Ordinal);
        Assert.DoesNotContain(events, e => e.Cameo == "032");
    }

    [Fact]
    public void Ties_agreed_to_be_deepened_stay_an_intent()
    {
        var events = EventTestDocuments.Run("Vietnam and Indonesia agreed to deepen relations in trade and fisheries.").Events;
        Assert.DoesNotContain(events, e => e.Cameo == "054");
    }
}
