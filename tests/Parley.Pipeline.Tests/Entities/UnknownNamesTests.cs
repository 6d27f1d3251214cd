namespace Parley.Pipeline.Tests.Entities;

/// <summary>Names the knowledge base does not have, found and typed by their cues.</summary>
public sealed class UnknownNamesTests
{
    [Theory]
    [InlineData("Talks stalled after Mr. Okonjo walked out of the room.", "Okonjo=PERSON")]
    [InlineData("Dr. Helena Varga led the inquiry.", "Helena Varga=PERSON")]
    [InlineData("Priya Raman said the vote would be close.", "Priya Raman=PERSON")]
    [InlineData("The report was written by Kevin Abernathy and Laura Fenwick.", "Kevin Abernathy=PERSON | Laura Fenwick=PERSON")]
    [InlineData("Talks with Bextor said little.", "Bextor=PERSON")]
    [InlineData("Prosecutors questioned Jolanta Wirska's lawyer.", "Jolanta Wirska=PERSON")]
    public void PeopleByFirstNameHonorificOrSpeech(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)));

    [Theory]
    // a town's name after a first name and one more name word is the surname of a three-part name, and later stands for the person
    [InlineData("Journalist Carlos Andres Toledo was released on Monday.", "Carlos Andres Toledo=PERSON")]
    [InlineData("Carlos Andres Toledo was released on Monday. Supporters celebrated Toledo's release.", "Carlos Andres Toledo=PERSON | Toledo=PERSON")]
    // a town named with a particle or next to another name stays a place
    [InlineData("Carlos Andres Toledo was released on Monday. He flew to Toledo on Tuesday.", "Carlos Andres Toledo=PERSON | Toledo=GPE")]
    public void ThreePartNamesEndingInATownName(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)));

    [Theory]
    // a name read after a title holds no town: "Hastings" and "Banda" are places elsewhere
    [InlineData("President Hastings Banda addressed the nation.", "Hastings Banda=PERSON")]
    [InlineData("Governor Lincoln Chafee vetoed the bill.", "Lincoln Chafee=PERSON")]
    [InlineData("Senator Paris Kalinowski visited Warsaw.", "Paris Kalinowski=PERSON | Warsaw=GPE")]
    [InlineData("Minister Victoria Nuland met envoys in Kingston.", "Victoria Nuland=PERSON | Kingston=GPE")]
    public void NoPlaceInsideATitledName(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)));

    [Theory]
    [InlineData("The Ministry of Water Resources issued a warning.", "Ministry of Water Resources=ORG")]
    [InlineData("Shares in Halvorsen Shipping rose sharply.", "Halvorsen Shipping=ORG")]
    [InlineData("She studied at the University of Tromsdal before joining Kestrel Holdings.", "University of Tromsdal=ORG | Kestrel Holdings=ORG")]
    [InlineData("Negotiators from the Blue Crescent Party arrived late.", "Blue Crescent Party=ORG")]
    [InlineData("The Chicago Farmers Union filed a complaint.", "Chicago Farmers Union=ORG")]
    [InlineData("Google and Microsoft declined to comment.", "Google=ORG | Microsoft=ORG")]
    // a body's noun before the name or after it (past a bracketed acronym) makes it an organisation
    [InlineData("She heads the Nairobi-based group Tana River Voices.", "Tana River Voices=ORG")]
    [InlineData("Leaders of the Save Our Forests (SOF) movement marched.", "Save Our Forests=ORG | SOF=ORG")]
    // after an organisation's name, a first name and a surname are its member, not more of the name
    [InlineData("A former member of the Chamber of Deputies Arnel Fontaine was detained.", "Chamber of Deputies=ORG | Arnel Fontaine=PERSON")]
    // a name already read as an organisation stays one later, even opening a sentence with a demonym
    [InlineData("She heads the group Kenyan Youth Voice. Kenyan Youth Voice has published a report.", "Kenyan Youth Voice=ORG | Kenyan Youth Voice=ORG")]
    public void OrganisationsBySuffixPatternOrKnowledgeBase(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)));

    [Theory]
    [InlineData("Floods cut the road near Qarashahr on Sunday.", "Qarashahr=GPE")]
    [InlineData("The ferry sank off Mandrake Island.", "Mandrake Island=LOC")]
    [InlineData("Water levels fell in the Tampa Bay area.", "Tampa Bay=LOC")]
    [InlineData("Protests spread from Ostrava to Velkovo, Czechia.", "Ostrava=GPE | Velkovo=GPE | Czechia=GPE")]
    [InlineData("Thousands gathered in Tahrir Square.", "Tahrir Square=FAC")]
    [InlineData("Oil spilled into the Gulf of Mexico.", "Gulf of Mexico=LOC")]
    public void PlacesByWordsAndContext(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)));

    [Theory]
    [InlineData("Disagreements over fishing rights persist.", "")]
    [InlineData("Welcome Marisol to the team.", "Marisol=PERSON")]
    [InlineData("Thanks Josh, the figures are VERY helpful.", "Josh=PERSON")]
    [InlineData("Sunni Arab leaders met Shiite clerics.", "Sunni Arab=NORP | Shiite=NORP")]
    [InlineData("A Tense Week For Farmers", "")]
    [InlineData("Marisol Quintero", "Marisol Quintero=PERSON")]
    public void OrdinaryCapitalisedWordsAreNotNames(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)));

    [Theory]
    [InlineData("The United Nations condemned the strike.", "United Nations=ORG")]
    [InlineData("Envoys met at the UN in New York.", "UN=ORG | New York=LOC")]
    public void TheIsNotPartOfAName(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)));

    [Theory]
    // a country, demonym or known town inside an unknown organisation's name gives its country; its word may give the sector
    [InlineData("The Ghanaian Union of Nurses called off its strike on Monday.", "Ghanaian Union of Nurses=Name>Ghanaian Union of Nurses[GHALAB]")]
    [InlineData("Police raided Mosul University Medical Center on Monday.", "Mosul University Medical Center=Name>Mosul University Medical Center[IRQEDU]")]
    [InlineData("The Bar Association of Kenya criticised the ruling.", "Bar Association of Kenya=Name>Bar Association of Kenya[KEN]")]
    [InlineData("Delegates met at the Peru Mining Ministry on Monday.", "Peru Mining Ministry=Name>Peru Mining Ministry[PERGOV]")]
    // an armed movement's word makes it a rebel group, never the state
    [InlineData("The Kenyan Liberation Army attacked a police post on Monday.", "Kenyan Liberation Army=Name>Kenyan Liberation Army[KENREB]")]
    [InlineData("The Malian Islamic Resistance Army attacked a convoy on Monday.", "Malian Islamic Resistance Army=Name>Malian Islamic Resistance Army[MLIREB]")]
    // a demonym before a broadcaster's service names its language, not its country
    [InlineData("The report first aired on the Somali Service of a London broadcaster.", "Somali Service=Name>Somali Service[]")]
    // two countries in one name name neither
    [InlineData("The Kenya Uganda Business Council met on Monday.", "Kenya Uganda Business Council=Name>Kenya Uganda Business Council[]")]
    public void OrganisationsKeepTheCountryInTheirName(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    // "Name, Country's title,": a possessive country opens an apposition about a person, not the name's place
    [InlineData("Mahamat Annadif, Chad's foreign minister, arrived late.", "Mahamat Annadif=PERSON")]
    [InlineData("Tomas Ruvalo, Bolivia's interior minister, resigned on Friday.", "Tomas Ruvalo=PERSON")]
    [InlineData("Ekow Mensima, Ghana's ambassador, left the meeting.", "Ekow Mensima=PERSON")]
    [InlineData("Dawit Alemseged, Ethiopia's army chief, flew north.", "Dawit Alemseged=PERSON")]
    [InlineData("Sardor Yuldash, Uzbekistan’s deputy premier, was dismissed.", "Sardor Yuldash=PERSON")]
    [InlineData("Kairat Mukan, Kazakhstan's envoy, spoke first.", "Kairat Mukan=PERSON")]
    // a country after the comma with no possessive still places the name
    [InlineData("Floods hit Varkala, India, on Monday.", "Varkala=GPE")]
    public void A_name_before_a_possessive_country_is_a_person(string text, string expected) =>
        Assert.StartsWith(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
}
