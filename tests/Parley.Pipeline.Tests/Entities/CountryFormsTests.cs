namespace Parley.Pipeline.Tests.Entities;

/// <summary>Short and dotted country forms, and capitals or countries inside the longer name of something else.</summary>
public sealed class CountryFormsTests
{
    [Theory]
    // dotted, mixed-case and all-capital abbreviations news uses for a state, alone, possessive and before an agent noun
    [InlineData("C.A.R. troops patrolled the northern border on Monday.", "C.A.R. troops=Agent>Central African Republic[CAF]")]
    [InlineData("Gunmen looted a clinic in C.A.R.'s north-west on Sunday.", ">Central African Republic[CAF]")]
    [InlineData("The D.R.C. recalled its envoy from Kigali on Friday.", "D.R.C.=Name>DR Congo[COD]")]
    [InlineData("The DRC's army retook the mining town on Tuesday.", "DRC's army=Agent>DR Congo[COD]")]
    [InlineData("D.R. Congo expelled a Belgian diplomat.", "D.R. Congo=Name>DR Congo[COD]")]
    [InlineData("U.A.E. officials welcomed the ceasefire.", "U.A.E. officials=Agent>United Arab Emirates[ARE]")]
    [InlineData("The K.S.A. pledged funds for the port.", "K.S.A.=Name>Saudi Arabia[SAU]")]
    [InlineData("The PRC summoned the Lithuanian envoy.", "PRC=Name>China[CHN]")]
    [InlineData("DPRK soldiers crossed the demarcation line.", "DPRK soldiers=Agent>North Korea[PRK]")]
    [InlineData("The ROK navy fired warning shots.", "ROK navy=Agent>South Korea[KOR]")]
    [InlineData("FRY forces withdrew from the province in June 1999.", "FRY forces=Agent>Serbia[SRB]")]
    [InlineData("BiH police raided two flats in Mostar.", "BiH police=Agent>Bosnia and Herzegovina[BIH]")]
    [InlineData("P.N.G. police detained a suspect in Lae.", "P.N.G. police=Agent>Papua New Guinea[PNG]")]
    [InlineData("S. Sudan closed its border crossing.", "S. Sudan=Name>South Sudan[SSD]")]
    [InlineData("The U.K.'s envoy left Minsk.", ">United Kingdom[GBR]")]
    [InlineData("The U.S.A. boycotted the games in 1980.", "U.S.A.=Name>United States[USA]")]
    [InlineData("The USSR recalled its advisers in 1972.", "USSR=Name>Russia[RUS]")]
    // a dotted abbreviation written without its last dot
    [InlineData("The C.A.R is urging miners to go back to work.", "C.A.R=Name>Central African Republic[CAF]")]
    [InlineData("Officials in the U.A.E welcomed the truce.", ">United Arab Emirates[ARE]")]
    [InlineData("A former U.S military base reopened in 2019.", "U.S military=Agent>United States[USA]")]
    public void Abbreviations_name_the_state(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    // an abbreviation that is also a common word is only the state as written in capitals
    [InlineData("The car exploded near the market on Monday.", "[CAF]")]
    [InlineData("A car carrying four officials crashed in Bangui.", "[CAF]")]
    public void Common_words_are_no_abbreviation(string text, string country) =>
        Assert.DoesNotContain(country, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    // a place or facility word before a capital or country starts a longer name: the lake is not the state
    [InlineData("Fishermen on Lake Victoria reported a poor catch on Monday.", "[SYC]", "Lake Victoria=LOC")]
    [InlineData("Two climbers died on Mount Kenya on Friday.", "Kenya[KEN]", "Mount Kenya=LOC")]
    [InlineData("Herders clashed with farmers near Lake Chad on Tuesday.", "Chad[TCD]", "Lake Chad=LOC")]
    [InlineData("A ferry capsized on Lake Malawi last week.", "Malawi[MWI]", "Lake Malawi=LOC")]
    // a capital followed by a place word, or joined to more name words by a particle, is that longer place
    [InlineData("Tourists crowded Victoria Falls on Sunday.", "[SYC]", "Victoria Falls")]
    [InlineData("Pilgrims reached Santiago de Compostela on Friday.", "[CHL]", "Santiago de Compostela")]
    [InlineData("Dockers in Kingston upon Hull went on strike.", "[JAM]", "Kingston upon Hull")]
    [InlineData("Shops along Moscow Avenue stayed shut on Monday.", "[RUS]", "Moscow Avenue")]
    public void A_capital_inside_a_longer_name_is_not_the_state(string text, string notExpected, string name)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(notExpected, EntityTestDocuments.Mentions(document), StringComparison.Ordinal);
        Assert.Contains(name, EntityTestDocuments.Names(document), StringComparison.Ordinal);
    }
    [Theory]
    // a capital that goes on with another capitalised name word starts a longer name: a firm, an event, a team, a paper
    [InlineData("Tokyo Electric shut two reactors on Monday.", "[JPN]")]
    [InlineData("The Beijing Olympics ended in August.", "[CHN]")]
    [InlineData("Fans of Paris Saint-Germain rioted on Sunday.", "[FRA]")]
    [InlineData("Ottawa Citizen reporters walked out on Friday.", "[CAN]")]
    [InlineData("Shares of Nairobi Breweries fell on Tuesday.", "Metonym>Kenya")]
    [InlineData("The Lima Declaration was signed by twelve states.", "[PER]")]
    public void A_capital_before_another_name_word_is_not_the_state(string text, string notExpected) =>
        Assert.DoesNotContain(notExpected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    // a capital before a title, a possessive or a speech verb is still the state
    [InlineData("Beijing's Foreign Ministry protested on Monday.", "China[CHN]")]
    [InlineData("Moscow Mayor Sergei Sobyanin closed the parks.", "Moscow")]
    [InlineData("The Kremlin rejected the offer.", "Kremlin=Metonym>Russia[RUS]")]
    [InlineData("Officials said Tehran rejected the offer on Monday.", "Tehran=Metonym>Iran[IRN]")]
    public void A_capital_alone_still_stands_for_the_state(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
    [Theory]
    // a known body's name right after another capitalised name word ends a longer name: another body, not the known one
    [InlineData("A delegation from the Japanese Liberal Democratic Party toured Manila on Tuesday.", "[USA]")]
    [InlineData("Activists of the Botswana Democratic Party marched on Friday.", "[USA]")]
    [InlineData("Leaders of the Sudanese National Congress Party were jailed.", "[IND]")]
    [InlineData("Officials of the Seychelles National Congress Party resigned.", "[IND]")]
    [InlineData("Supporters of the Cameroon People's Democratic Party rallied.", "[USA]")]
    public void A_known_name_inside_a_longer_name_is_not_the_known_body(string text, string notExpected) =>
        Assert.DoesNotContain(notExpected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    // after a determiner, a country, a headline's capitals or at the sentence's start, the known body stays itself
    [InlineData("The Democratic Party won the vote on Tuesday.", "Democratic Party=Name>Democratic Party[USA]")]
    [InlineData("Analysts said A U.S. State Department spokesperson declined to comment.", "State Department")]
    [InlineData("Democratic Party leaders met on Monday.", "Democratic Party=Name>Democratic Party[USA]")]
    [InlineData("Omar Farouk's Hamas cell planned the raid.", "Hamas=Name>Hamas")]
    [InlineData("Israeli jets struck Iran-backed Hezbollah targets on Monday.", "Hezbollah=Name>Hezbollah[LBNREB]")]
    [InlineData("Police said Gaza-based Hamas claimed the attack.", "Hamas=Name>Hamas")]
    [InlineData("Officials said Pro-Russian Wagner fighters left Mali.", ">Wagner Group[RUSREB]")]
    public void A_known_body_after_a_determiner_stays_itself(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
    [Theory]
    // a lone surname in a list of places after a locative or "the towns of" names a place, not the known person
    [InlineData("Rebels raided villages between the towns of Kabo and Bazoum on Monday.", "Mohamed Bazoum")]
    [InlineData("Floods hit the cities of Tahoua, Dosso and Bazoum last week.", "Mohamed Bazoum")]
    [InlineData("Troops were deployed in Bazoum and Kabo on Friday.", "Mohamed Bazoum")]
    public void A_surname_in_a_list_of_places_is_a_place(string text, string person) =>
        Assert.DoesNotContain(person, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Officials in Bazoum's cabinet resigned on Monday.", "Mohamed Bazoum")]
    [InlineData("Soldiers detained Bazoum in Niamey on Wednesday.", "Mohamed Bazoum")]
    public void A_surname_outside_a_list_of_places_is_the_person(string text, string person) =>
        Assert.Contains(person, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
    [Theory]
    // a body named by a bare institution word is the story's dominant country's, not its namesake in the knowledge base
    [InlineData("Philippine officials said the Philippines would review the deal. Manila summoned the Chinese envoy. The Senate opened an inquiry into the deal on Monday.", "Senate=Agent>senate (Philippines)[PHLLEG]")]
    [InlineData("Peruvian prosecutors said Peru would appeal. In Lima, Congress voted to remove the president on Thursday.", "Congress=Agent>congress (Peru)[PERLEG]")]
    [InlineData("Brazil said Brazilian judges were independent. Brasilia rejected the claim. The Supreme Court ordered his arrest on Monday.", "Supreme Court=Agent>supreme court (Brazil)[BRAJUD]")]
    [InlineData("Cambodia freed the reporter. Cambodian officials said Cambodia would not comment. He apologized to Senate head Hun Sen on Friday.", "[KHMLEG]")]
    // in a story about its own country, or with no dominant country, the namesake stays
    [InlineData("The White House said Washington would veto it. U.S. officials said the United States was ready. The Senate passed the bill on Friday.", "Senate=Name>US Senate[USALEG]")]
    [InlineData("The Senate passed the bill on Friday.", "Senate=Name>US Senate[USALEG]")]
    public void A_bare_institution_is_the_storys_countrys(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
    [Theory]
    // a body's name in the other English spelling is the same body
    [InlineData("Haiti asked the Organisation of American States for help on Friday.", "Organisation of American States=Name>Organization of American States[IGO]")]
    [InlineData("The World Health Organisation warned Chad on Monday.", "World Health Organisation=Name>World Health Organization[IGOHLH]")]
    public void A_body_in_the_other_spelling_is_the_same_body(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    [InlineData("World Health Organization", "World Health Organisation")]
    [InlineData("Ministry of Defence", "Ministry of Defense")]
    [InlineData("UN Development Programme", "UN Development Program")]
    [InlineData("Carter Center", "Carter Centre")]
    [InlineData("Hamas", null)]
    public void Other_spellings_swap_american_and_british_words(string name, string? other) =>
        Assert.Equal(other, Parley.Pipeline.Entities.NamePhrases.OtherSpelling(name));
}
