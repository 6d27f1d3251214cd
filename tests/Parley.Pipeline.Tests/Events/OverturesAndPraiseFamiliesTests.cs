namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 15 families of intent, praise and easing, each written from the CAMEO codebook's meaning: tariffs or sanctions
/// delayed or waived (085), pride in someone or calling them a friend (051), going along with a plan (051), overtures made
/// and deals eyed (030), a new chapter opened (030), talks joined (040) and readiness for a truce (0356). Sentences
/// written for this test.
/// </summary>
public class OverturesAndPraiseFamiliesTests
{
    [Theory]
    [InlineData("Ottawa delayed for six weeks a 10% tariff on Chinese steel.", "CAN", "CHN")]
    [InlineData("The European Union postponed sanctions on Belarus until June.", "IGO", "BLR")]
    [InlineData("Brazil deferred tariffs on Argentine wheat.", "BRA", "ARG")]
    [InlineData("Canada paused its levies on Chinese steel.", "CAN", "CHN")]
    [InlineData("Britain shelved sanctions against Rwanda.", "GBR", "RWA")]
    [InlineData("India waived duties on Bangladesh for a year.", "IND", "BGD")]
    public void Delaying_or_waiving_tariffs_eases_them(string text, string source, string target) =>
        AssertCoded(text, "RETREAT", "085", source, target);

    [Theory]
    [InlineData("\"I am very proud of the Kenyan soldiers,\" the Somali president said.", "SOM", "KEN")]
    [InlineData("The Nigerian president said he felt proud of Ghana's response.", "NGA", "GHA")]
    [InlineData("Japan described India as a trusted partner.", "JPN", "IND")]
    [InlineData("The Chilean president called Argentina a true friend.", "CHL", "ARG")]
    [InlineData("Egypt went along with the Saudi plan.", "EGY", "SAU")]
    [InlineData("Kenya is proud of Ethiopia's athletes.", "KEN", "ETH")]
    public void Pride_friendship_and_going_along_are_praise(string text, string source, string target) =>
        AssertCoded(text, "SUPPORT", "051", source, target);

    [Theory]
    [InlineData("Erdogan has recently made overtures to France.", "TUR", "FRA")]
    [InlineData("Turkey extended an overture to Armenia.", "TUR", "ARM")]
    [InlineData("Greece is eyeing a maritime deal with Libya.", "GRC", "LBY")]
    [InlineData("India is exploring a trade deal with Britain.", "IND", "GBR")]
    [InlineData("Ethiopia and Eritrea opened a new chapter in relations.", "ETH", "ERI")]
    [InlineData("Vietnam made overtures to Cambodia.", "VNM", "KHM")]
    public void Overtures_deals_eyed_and_new_chapters_are_intent_to_cooperate(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "030");
        Assert.Equal("AGREE", e.Plover);
        var sides = EventTestDocuments.Countries([.. e.Source, .. e.Target]);
        Assert.Contains(source, sides, StringComparison.Ordinal);
        Assert.Contains(target, sides, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Egypt joined talks with Sudan and Ethiopia on the dam.", "EGY")]
    [InlineData("Blinken will join the defense secretary for the Manila talks with Philippine officials.", "USA")]
    [InlineData("Qatar joined the negotiations between Israel and Hamas.", "QAT")]
    [InlineData("Kenya joined the summit with Uganda in Kampala.", "KEN")]
    public void Joining_talks_is_consulting(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT");
        Assert.Contains(source, EventTestDocuments.Countries(e.Source), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Armenia was ready for a truce along the whole border.", "ARM")]
    [InlineData("Hamas said it was open for a truce with Israel.", "PSE")]
    [InlineData("Armenia is ready for a ceasefire with Azerbaijan.", "ARM")]
    [InlineData("Sudan's army was prepared for a truce during Ramadan.", "SDN")]
    public void Ready_for_a_truce_is_intent_to_cease_fire(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "0356");
        Assert.Equal(("AGREE", source), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    private static void AssertCoded(string text, string plover, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((plover, source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
