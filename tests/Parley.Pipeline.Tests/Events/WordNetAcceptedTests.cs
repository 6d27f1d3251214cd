namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The rows data/tools/wordnet-accept.mjs writes into patterns/lexicon.tsv from data/tools/wordnet-accept.tsv (round 53):
/// cooperation and consultation verbs (roots 02-08) that WordNet gives as synonyms or troponyms of the patterns' verbs, and
/// the act nouns WordNet derives from accepted verb triggers ("ransack" → "ransacking"), each in a sentence written for
/// this test. The noun's possessive or demonym is the doer; the act's other senses, or the verb without the act's
/// object or preposition, code nothing.
/// </summary>
public class WordNetAcceptedTests
{
    [Theory]
    // Verbs of roots 02-08; consultations are coded both ways.
    [InlineData("Brazil liaised with Argentina on the border security plan.", "040", "ARG,BRA", "ARG,BRA")]
    [InlineData("Kenya solicited support from Ethiopia for its seat on the council.", "020", "KEN", "ETH")]
    [InlineData("Japan's prime minister heralded the trade pact with Australia as historic.", "051", "JPN", "AUS")]
    [InlineData("Indonesia will inquire into Malaysia's treatment of migrant workers.", "090", "IDN", "MYS")]
    [InlineData("Poland stood up for Ukraine at the summit in Brussels.", "052", "POL", "UKR")]
    // Act nouns of accepted verb triggers.
    [InlineData("China's admonition to Vietnam came after the naval standoff.", "111", "CHN", "VNM")]
    [InlineData("Moscow's denigration of Estonia drew a protest from Tallinn.", "111", "RUS", "EST")]
    [InlineData("The Saudi snub to Canada surprised diplomats.", "120", "SAU", "CAN")]
    [InlineData("Belgium's stonewalling on the asylum case angered Morocco.", "120", "BEL", "MAR")]
    [InlineData("Colombia's intercession with Venezuela secured the release of the journalists.", "045", "COL,VEN", "COL,VEN")]
    [InlineData("Senegal's congratulations to Gambia on the peaceful vote were welcomed.", "051", "SEN", "GMB")]
    [InlineData("Syrian rebels' ransacking of the Iraqi consulate was condemned.", "1712", "SYR", "IRQ")]
    [InlineData("A skirmish between Pakistani and Afghan border guards left two dead.", "190", "AFG,PAK", "AFG,PAK")]
    [InlineData("The slaughter of Nigerian villagers by Cameroonian gunmen shocked the region.", "202", "CMR", "NGA")]
    public void An_accepted_wordnet_word_codes_its_act(string text, string cameo, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(x => x.Cameo == cameo);
        Assert.NotNull(e);
        if (source == target) // a symmetric act: both sides, in either slot
            Assert.Equal(source, string.Join(",", e.Source.Concat(e.Target).Select(a => a.Code.Country).Distinct().Order(StringComparer.Ordinal)));
        else
            Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("The city council solicited bids from local builders for the new bridge.")]
    [InlineData("Critics heralded the new film as a masterpiece.")]
    [InlineData("Farmers in the valley protested against the slaughter of their cattle.")]
    [InlineData("The minister said he would inquire about the missing funds.")]
    [InlineData("The parliament reconvened on Monday after the summer recess.")]
    [InlineData("The students stood up for their rights.")]
    public void The_other_sense_codes_nothing(string text) =>
        Assert.Empty(EventTestDocuments.Run(text).Events);
}
