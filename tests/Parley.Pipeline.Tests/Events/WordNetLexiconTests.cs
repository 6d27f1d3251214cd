namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Verbs found with data/tools/wordnet-candidates.mjs (WordNet synonyms and troponyms of the patterns' verbs) and
/// accepted by their meaning in the CAMEO codebook, each in a sentence written for this test: the verb codes its act
/// between the right sides; the verb's other sense, or its use without the act's object, codes nothing.
/// </summary>
public class WordNetLexiconTests
{
    [Theory]
    // Cooperation (events.tsv): synonyms added to existing rows, and one new row (intercede).
    [InlineData("Japan concurred with South Korea on the need for new export controls.", "030", "JPN", "KOR")]
    [InlineData("Peru acquiesced to Chile's demands over the fishing quota.", "080", "PER", "CHL")]
    [InlineData("The Indian prime minister complimented Bangladesh on its handling of the floods.", "051", "IND", "BGD")]
    // Consultations are coded both ways: each side is source and target.
    [InlineData("Norway interceded with Sudan on behalf of the detained aid workers.", "045", "NOR,SDN", "NOR,SDN")]
    [InlineData("Mexico will renegotiate the water treaty with the United States.", "046", "MEX,USA", "MEX,USA")]
    [InlineData("Turkish helicopters ferried food and medicine to Libya after the floods.", "070", "TUR", "LBY")]
    [InlineData("Qatar furnished Lebanon with fuel and medicine last week.", "070", "QAT", "LBN")]
    [InlineData("Britain despatched doctors to Turkey after the earthquake.", "073", "GBR", "TUR")]
    [InlineData("Moldova countersigned the gas agreement with Romania on Friday.", "057", "MDA", "ROU")]
    // Conflict (lexicon.tsv).
    [InlineData("Venezuela's ruling party disowned the Colombian peace plan.", "120", "VEN", "COL")]
    [InlineData("Pakistan's foreign minister reviled India in a speech on Tuesday.", "111", "PAK", "IND")]
    [InlineData("Hungarian officials inveighed against the European Commission over the migrant quotas.", "111", "HUN", "IGO")]
    [InlineData("Myanmar's army incarcerated hundreds of Rohingya villagers.", "173", "MMR", "MMR")]
    [InlineData("Houthi rebels commandeered a Greek tanker in the Red Sea.", "1711", "YEM", "GRC")]
    [InlineData("Russian soldiers pillaged Ukrainian villages near Kherson.", "1712", "RUS", "UKR")]
    [InlineData("Taliban fighters waylaid a Pakistani convoy near the border.", "190", "AFG", "PAK")]
    [InlineData("Insurgents in Mali slit the throats of nine Malian soldiers.", "190", "MLI", "MLI")]
    [InlineData("Gunmen cut the throats of two Nigerian farmers near Jos.", "190", "NGA", "NGA")]
    [InlineData("Serbia and Kosovo bickered over the border crossings again on Friday.", "110", "SRB,XKX", "SRB,XKX")]
    [InlineData("Nicaraguan police rearrested the opposition leader in Managua.", "173", "NIC", "NIC")]
    // Phrasal verbs WordNet lists with the families' verbs.
    [InlineData("Armenia and Azerbaijan hammered out a peace deal in Washington.", "057", "ARM,AZE", "ARM,AZE")]
    [InlineData("Thai and Cambodian negotiators hashed out the border terms for two days.", "046", "THA,KHM", "THA,KHM")]
    [InlineData("The Philippines took issue with China over the new coast guard rules.", "110", "PHL", "CHN")]
    [InlineData("Ghana's president found fault with Nigeria over the trade restrictions.", "111", "GHA", "NGA")]
    [InlineData("Belarusian authorities put the Polish journalist behind bars.", "173", "BLR", "POL")]
    [InlineData("Egyptian police roughed up Sudanese refugees in Cairo.", "182", "EGY", "SDN")]
    [InlineData("Israeli troops sealed off the Palestinian town of Jenin.", "191", "ISR", "PSE")]
    // Pelting is a violent protest, alleging a wrong accuses, hacking off hands mutilates (182).
    [InlineData("Angry Serbian protesters pelted the German embassy in Belgrade with eggs and bottles.", "145", "SRB", "DEU")]
    [InlineData("Militiamen in Congo hacked off the hands of several Congolese farmers.", "182", "COD", "COD")]
    [InlineData("Rebels cut off the hands of Sierra Leonean villagers.", "182", "SLE", "SLE")]
    public void A_newly_covered_verb_codes_its_act(string text, string cameo, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((cameo, source, target), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Denying a deed (016) names no other side when the deed has no named author.
    [InlineData("The Iranian government disavowed the attack on the Saudi embassy.", "016", "IRN")]
    [InlineData("Zimbabwe's opposition alleged vote-rigging in the July election.", "112", "ZWE")]
    [InlineData("The Sri Lankan navy disclaimed any role in the sinking of the trawler.", "016", "LKA")]
    public void A_newly_covered_verb_codes_its_source(string text, string cameo, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((cameo, source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    // Concurring that something is so is an opinion, not an agreement.
    [InlineData("Chinese officials concur that the economy will slow this year.")]
    // Ferrying or furnishing what is no aid is no aid.
    [InlineData("Russian ships ferried tourists to Crimea during the summer.")]
    [InlineData("Nigerian builders furnished the new parliament building in Abuja.")]
    // A surgeon's cut is no killing: "cut" kills only in "cut the throats of" and "cut their throats".
    [InlineData("A Pakistani surgeon cut the throat tumour of an Afghan patient.")]
    // Pulling down what is no home or building destroys no one's property.
    [InlineData("Engineers pulled down the old bridge in Bristol.")]
    // Rain that pelts a city has no actor; a surgeon cutting off one damaged leg mutilates no one.
    [InlineData("Heavy rain pelted the Bangladeshi capital on Monday.")]
    [InlineData("Surgeons cut off the damaged leg of a wounded Syrian boy in Idlib.")]
    public void The_other_sense_codes_nothing(string text) =>
        Assert.Empty(EventTestDocuments.Run(text).Events);
}
