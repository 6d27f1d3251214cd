namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 14: opposing another's conduct criticises it (111) where opposing a plan rejects it (120); concerns reaffirmed
/// or reiterated are voiced again (111); speaking by phone in any tense is a call (041); signing a measure is an act of
/// office, no agreement; support affirmed, renewed or underlined is support (051). Sentences written for this test.
/// </summary>
public class StancesAndCallsTests
{
    [Theory]
    [InlineData("Vietnam strongly opposed China's attempts to alter the status quo around the Paracels.", "VNM", "CHN")]
    [InlineData("Manila opposes Beijing's military build-up on the reefs.", "PHL", "CHN")]
    [InlineData("Lithuania opposed Russia's deployment of missiles in Kaliningrad.", "LTU", "RUS")]
    [InlineData("Greece reiterated its opposition to Turkey's moves in the Aegean.", "GRC", "TUR")]
    [InlineData("India voiced its opposition to Pakistan's interference in Kashmir.", "IND", "PAK")]
    [InlineData("Seoul restated its opposition to North Korea's provocations.", "KOR", "PRK")]
    public void Opposing_anothers_conduct_criticises_it(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
        Assert.Equal(("ACCUSE", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Hungary opposed the European plan on migration.")]
    [InlineData("Poland opposes the proposal to share asylum seekers.")]
    public void Opposing_a_plan_still_rejects_it(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == "120");
        Assert.DoesNotContain(events, e => e.Cameo == "111");
    }

    [Theory]
    [InlineData("Australia reaffirmed its concerns over China's treatment of the journalist.", "AUS", "CHN")]
    [InlineData("Canada reiterated concerns about India's role in the killing.", "CAN", "IND")]
    [InlineData("Britain renewed its concern over Iran's nuclear programme.", "GBR", "IRN")]
    [InlineData("France restated its concerns about Mali's expulsion of the envoy.", "FRA", "MLI")]
    [InlineData("Germany underlined its concern over Serbia's troop build-up.", "DEU", "SRB")]
    [InlineData("Norway repeated its concerns about Russia's fishing fleet.", "NOR", "RUS")]
    public void Reaffirmed_concerns_criticise(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Blinken is speaking by phone with Netanyahu on Tuesday.", "USA")]
    [InlineData("Macron spoke by telephone with Putin for two hours.", "FRA")]
    [InlineData("Erdogan has spoken by phone with Zelenskyy twice this month.", "TUR")]
    [InlineData("Scholz talked by phone with Xi on Monday.", "DEU")]
    [InlineData("Modi speaks by phone with Biden every month.", "IND")]
    [InlineData("Sunak was talking by telephone with Meloni when the news broke.", "GBR")]
    public void Speaking_by_phone_is_a_call(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "041");
        Assert.Equal("CONSULT", e.Plover);
        Assert.StartsWith(source, EventTestDocuments.Countries(e.Source), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Togolese president has signed a landmark measure lengthening his term.")]
    [InlineData("The Kenyan president signed the measure into law on Friday.")]
    [InlineData("Peru's president signed a new measure on mining permits.")]
    public void Signing_a_measure_is_no_agreement(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "057");
    [Theory]
    [InlineData("The G7 ministers affirmed their unwavering support for Ukraine.", "IGO", "UKR")]
    [InlineData("Berlin renewed its support for Moldova on Monday.", "DEU", "MDA")]
    [InlineData("Japan underlined its solidarity with the Philippines.", "JPN", "PHL")]
    [InlineData("Canada restated its backing for Ukraine.", "CAN", "UKR")]
    [InlineData("Paris underscored its support for Armenia.", "FRA", "ARM")]
    [InlineData("Spain reaffirmed its solidarity with Morocco after the quake.", "ESP", "MAR")]
    public void Support_affirmed_or_renewed_is_support(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "051");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
