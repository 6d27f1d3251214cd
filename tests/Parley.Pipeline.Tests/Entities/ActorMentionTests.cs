namespace Parley.Pipeline.Tests.Entities;

/// <summary>Countries acting through agents, metonyms, and mentions that refer back: what each mention stands for.</summary>
public sealed class ActorMentionTests
{
    [Theory]
    [InlineData("Chinese troops held drills on Tuesday.", "Chinese troops=Agent>China[CHN]")]
    [InlineData("China's army held drills on Tuesday.", "China's army=Agent>China[CHN]")]
    [InlineData("Russia's Foreign Ministry protested on Monday.", "Russia's Foreign Ministry=Agent>Russia[RUS]")]
    [InlineData("US and Chinese officials met on Monday.", "US=Agent>United States[USA] | Chinese officials=Agent>China[CHN]")]
    // a lower-case non-government title after a nationality names that country's agent when no name follows
    [InlineData("A Bolivian judge ruled on Monday.", "Bolivian judge=Agent>Bolivia[BOL]")]
    [InlineData("A Ugandan lawmaker resigned on Monday.", "Ugandan lawmaker=Agent>Uganda[UGA]")]
    public void CountriesActThroughAgentWords(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)));

    [Theory]
    // an alias that describes a body (a nationality and a common noun) acts through it but is no name of it
    [InlineData("The Chinese military held drills on Tuesday.", "Chinese military=Agent>People's Liberation Army[CHNMIL]")]
    [InlineData("The Israeli army shelled the town on Tuesday.", "Israeli army=Agent>Israel Defense Forces[ISRMIL]")]
    // a broadcaster's name goes on over the language of its service, unless possessive
    [InlineData("She told BBC Persian on Tuesday that she would stay.", "BBC Persian=Name>BBC[GBRMED]")]
    [InlineData("He told BBC Somali on Tuesday that he would stay.", "BBC Somali=Name>BBC[GBRMED]")]
    // a nationality before a body's name is no part of it when the rest is the body's name too
    [InlineData("The Afghan Taliban rejected the offer on Monday.", "Taliban=Name>Taliban[AFGGOV]")]
    [InlineData("The Pakistani Taliban rejected the offer on Monday.", "Pakistani Taliban=Name>Tehreek-e-Taliban Pakistan[PAKREB]")]
    public void DescriptiveAliasesAndLanguageServices(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Beijing said the pressures of Washington were unfair.", "Beijing=Metonym>China[CHN] | Washington=Metonym>United States[USA]")]
    [InlineData("Officials in Washington denied the report.", "Officials in Washington=Agent>officials (United States)[USAGOV] | Washington=Name>Washington, D.C.[]")]
    [InlineData("Heavy rain flooded parts of Jakarta.", "Jakarta=Name>Jakarta[]")]
    [InlineData("The Kremlin rejected the offer.", "Kremlin=Metonym>Russia[RUS]")]
    public void CapitalsActAsGovernmentsButAreVisitedAsPlaces(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)));

    [Theory]
    [InlineData("Marco Rubio met Wang Yi in 2024. The secretary said he was hopeful.", "secretary=Title>Marco Rubio", "he=Pronoun>Marco Rubio")]
    [InlineData("Foreign Minister Ana Lopez arrived on Monday. The minister said she would stay.", "minister=Title>Ana Lopez", "she=Pronoun>Ana Lopez")]
    [InlineData("Vietnam closed its border on Monday. The country said the move was temporary.", "The country=Agent>Vietnam", "")]
    [InlineData("Prime Minister Ana Lopez met Foreign Minister Jose Diaz. The minister said he was hopeful.", "minister=Title>Jose Diaz", "he=Pronoun>Jose Diaz")]
    [InlineData("Prime Minister Ana Lopez spoke on Monday. The prime minister said she was hopeful.", "prime minister=Title>Ana Lopez", "she=Pronoun>Ana Lopez")]
    [InlineData("Priya Raman met Kevin Abernathy. She said he had agreed.", "She=Pronoun>Priya Raman", "he=Pronoun>Kevin Abernathy")]
    public void LaterMentionsReferBack(string text, string first, string second)
    {
        var mentions = EntityTestDocuments.Mentions(EntityTestDocuments.Run(text));
        Assert.Contains(first, mentions, StringComparison.Ordinal);
        Assert.Contains(second, mentions, StringComparison.Ordinal);
    }

    [Theory]
    // "the minister" is never the prime minister, "the president" never the vice president
    [InlineData("Prime Minister Ana Lopez arrived on Monday. The minister said the talks went well.", "minister=")]
    [InlineData("Vice President Jose Diaz arrived on Monday. The president said the talks went well.", "president=")]
    public void A_short_title_is_not_a_higher_or_lower_office(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    // "Chinese President Xi Jinping": one mention of the whole name, not "President Xi" + "Jinping"
    [InlineData("Chinese President Xi Jinping arrived in Brasilia on Monday.", "Xi Jinping=Name>Xi Jinping[CHNGOV]")]
    // a particle inside a titled name is part of it
    [InlineData("Kenyan President Daniel arap Moi arrived in Kampala on Monday.", "Daniel arap Moi=Name>Daniel arap Moi[KENGOV]")]
    [InlineData("Bahrain's king, Sheikh Salman bin Nasser al-Khalifa, arrived in Doha on Monday.", "Salman bin Nasser al-Khalifa=Name>Salman bin Nasser al-Khalifa[]")]
    // a known surname after another capitalised first name is someone else's full name
    [InlineData("The plan drawn up by mediators Howard Vance and Peter Lund was rejected.", "Howard Vance=Name>Howard Vance[]")]
    public void A_title_alias_does_not_split_a_full_name(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Fact]
    public void TitledNameIsMentionedOnce()
    {
        var document = EntityTestDocuments.Run("Foreign Minister Ana Lopez arrived on Monday.");
        var mention = Assert.Single(document.Mentions);
        Assert.Equal((17, 26, Parley.Core.MentionKind.Name), (mention.Start, mention.End, mention.Kind));
    }

    [Theory]
    [InlineData("Marco Rubio criticised the plan.", "2025-07-10", "USAGOV", "Q324546")]
    [InlineData("Wang Yi criticised the plan.", "2025-07-10", "CHNGOV", "Q16855")]
    public void KnownPeopleCarryTheirActorCodeAndWikidataId(string text, string published, string actor, string wikidata)
    {
        var document = EntityTestDocuments.Run(text);
        var person = Assert.Single(document.Entities);
        Assert.Equal((actor, wikidata), (person.Actor?.Code, person.KbId));
        Assert.Equal("2025-07-10", published);
    }

    [Theory]
    // newswire NER: the country before a title is a place mention of its own, the person a name; a demonym is neither
    [InlineData("U.S. President Donald Trump arrived on Monday.", "U.S.=Name>United States[USA] | Donald Trump=Name>Donald Trump")]
    [InlineData("Chile Foreign Minister Ana Rojas arrived on Monday.", "Chile=Name>Chile[CHL] | Ana Rojas=Name>Ana Rojas")]
    public void A_country_before_a_title_is_its_own_mention(string text, string expected)
    {
        var mentions = EntityTestDocuments.Mentions(EntityTestDocuments.Run(text));
        Assert.StartsWith(expected, mentions, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_surname_is_the_person_named_earlier_not_a_namesake()
    {
        var document = EntityTestDocuments.Run("Army spokesman Lt. Gen. Tariq Mahmood Chaudhry spoke on Monday. Chaudhry said the siege was over.");
        var surname = document.Mentions.Last(m => document.Text[m.Start..m.End] == "Chaudhry");
        Assert.Equal("Tariq Mahmood Chaudhry", document.Entities[surname.Entity].Name);
    }
}
