namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 14: a wider lexicon of judgements of an actor or its act — adjectives, nouns, degree words and superlatives
/// ("one of the most hostile") — criticises (111) or praises (051) the one judged. Sentences written for this test.
/// </summary>
public class EvaluativeLexiconTests
{
    [Theory]
    [InlineData("Beijing said Washington's thinking was antiquated and deluded.", "CHN", "USA")]
    [InlineData("Kyiv said Moscow's offer was deeply insincere.", "UKR", "RUS")]
    [InlineData("Rabat said Algeria's stance was increasingly bellicose.", "MAR", "DZA")]
    [InlineData("Tehran said the Israeli strikes were cowardly.", "IRN", "ISR")]
    [InlineData("Caracas said Guyana's claim was downright preposterous.", "VEN", "GUY")]
    [InlineData("\"The Ethiopian move is utterly shortsighted,\" Egypt said.", "EGY", "ETH")]
    [InlineData("Ottawa said New Delhi's accusations were insulting.", "CAN", "IND")]
    public void A_negative_adjective_criticises_the_one_judged(string text, string source, string target) =>
        AssertJudged(text, "111", source, target);

    [Theory]
    [InlineData("London said the Argentine referendum was a fraud.", "GBR", "ARG")]
    [InlineData("Seoul said Pyongyang's peace offer was a cheap ploy.", "KOR", "PRK")]
    [InlineData("Warsaw said Minsk's election was a complete sham.", "POL", "BLR")]
    [InlineData("Kenya described Somalia's maritime claim as a strategic disaster.", "KEN", "SOM")]
    [InlineData("Athens called the Turkish survey a brazen provocation.", "GRC", "TUR")]
    [InlineData("Manila said China's map was a crude fabrication.", "PHL", "CHN")]
    public void A_negative_noun_criticises_the_one_judged(string text, string source, string target) =>
        AssertJudged(text, "111", source, target);

    [Theory]
    [InlineData("Trump said the European Union is one of the most hostile trading partners.", "USA", "IGO")]
    [InlineData("Washington said Iran remains one of the worst sponsors of terrorism.", "USA", "IRN")]
    [InlineData("Reporters said Belarus was one of the worst jailers of journalists.", "", "BLR")]
    [InlineData("Kyiv said Russia was one of the most aggressive states in history.", "UKR", "RUS")]
    [InlineData("Lithuania said Belarus is one of the most repressive regimes in Europe.", "LTU", "BLR")]
    [InlineData("Japan said China has been one of the biggest threats to regional peace.", "JPN", "CHN")]
    public void A_superlative_judgement_criticises(string text, string source, string target)
    {
        if (source.Length == 0)
            Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "111" && EventTestDocuments.Countries(e.Source) == "BLR");
        else
            AssertJudged(text, "111", source, target);
    }

    [Theory]
    [InlineData("Berlin said Poland was a reliable ally.", "DEU", "POL")]
    [InlineData("Washington said Japan has been one of the staunchest allies of the alliance.", "USA", "JPN")]
    [InlineData("Kenya said Ethiopia was one of the most reliable partners in the region.", "KEN", "ETH")]
    [InlineData("Paris said Morocco's response was remarkably pragmatic.", "FRA", "MAR")]
    [InlineData("Canberra said Jakarta was an invaluable partner during the rescue.", "AUS", "IDN")]
    [InlineData("\"Ghana has been a steadfast friend,\" Nigeria said.", "NGA", "GHA")]
    public void A_positive_judgement_praises(string text, string source, string target) =>
        AssertJudged(text, "051", source, target);

    [Theory]
    // Descriptions, not judgements: no one is praised or criticised.
    [InlineData("Egypt has designated the Brotherhood as terrorists, but the movement is a key ally of Ankara.", "051")]
    [InlineData("Officials said the capital was one of the most dangerous cities in the region.", "111")]
    [InlineData("The minister said the country is one of the most beautiful in the world.", "051")]
    public void A_description_judges_nobody(string text, string cameo) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);

    private static void AssertJudged(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
