namespace Parley.Pipeline.Tests.Events;

public class ActorResolverTests
{
    [Theory]
    // coordinated demonyms share the agent noun after the last one
    [InlineData("Russian and Ukrainian troops clashed near the border on Monday.", "RUSMIL,UKRMIL", "RUSMIL,UKRMIL")]
    [InlineData("Indian and Pakistani soldiers clashed along the frontier on Sunday.", "INDMIL,PAKMIL", "INDMIL,PAKMIL")]
    [InlineData("US and Chinese officials met in Geneva on Tuesday.", "USAGOV,CHNGOV", "USAGOV,CHNGOV")]
    // a role is the one held at the event's time: a senator in 2020, the secretary of state in 2025
    [InlineData("China sanctioned Marco Rubio in 2020.", "CHNGOV", "USALEG")]
    [InlineData("Wang Yi met Marco Rubio in Kuala Lumpur on July 11, 2025.", "CHNGOV", "USAGOV")]
    // office holders before 2015 code older articles at their own time
    [InlineData("Tony Blair met Jacques Chirac in Paris on March 3, 2003.", "GBRGOV", "FRAGOV")]
    [InlineData("China criticized Hillary Clinton in 2005.", "CHNGOV", "USALEG")]
    public void Codes_actors_at_the_event_time(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((source, target), (string.Join(",", e.Source.Select(a => a.Code.Code)), string.Join(",", e.Target.Select(a => a.Code.Code))));
    }

    [Theory]
    // a titled person the knowledge base cannot name: the surname's country, else the one country of the sentence's other actors
    [InlineData("President Bush accused Russia of meddling on Monday.", "USAGOV", "RUSGOV")]
    [InlineData("Vice President Daniel Okoth accused the Kenya Anti-Corruption Commission of bias on Monday.", "KENGOV", "")]
    // the office of a country stands for its government
    [InlineData("Vladimir Putin accused the president of Armenia of lying on Monday.", "RUSGOV", "ARMGOV")]
    // PLOVER's conventions: the Red Cross is intergovernmental, al-Qaeda an international militarised group
    [InlineData("The Red Cross accused Israel of blocking aid on Monday.", "IGOHLH", "ISRGOV")]
    [InlineData("Al-Qaeda threatened the United States on Monday.", "IMGREB", "USAGOV")]
    // the nearest country before an unknown titled name is its own
    [InlineData("Kenya arrested suspected British militant Omar Haddad in Mombasa on Sunday.", "KENGOV", "GBRREB")]
    // an agent phrase before a name is that person's title: both leaders sign
    [InlineData("Libyan leader Omar Salem and Tunisian President Kais Saied signed a treaty on Monday.", "LBYGOV,TUNGOV", "LBYGOV,TUNGOV")]
    // a demonym before a word for the population names its civilians
    [InlineData("Ghana accused the Ghanaian people of apathy on Monday.", "GHAGOV", "GHACVL")]
    // an agent phrase's sector is its agent noun's, wherever the noun stands in it
    [InlineData("Security forces in Guinea arrested two journalists from Mali on Monday.", "GINCOP", "")]
    public void Codes_actors_the_knowledge_base_does_not_name(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(source, string.Join(",", e.Source.Select(a => a.Code.Code)));
        if (target.Length > 0)
            Assert.Equal(target, string.Join(",", e.Target.Select(a => a.Code.Code)));
    }

    [Theory]
    // a nationality before a thing names no actor: the vessel's flag is not its government
    [InlineData("The Panamanian tanker arrived in Rotterdam on Monday.")]
    [InlineData("The Iranian freighter arrived in Dalian on Tuesday.")]
    // a nationality as a predicate says who someone is, not who acts
    [InlineData("Okafor, who is Nigerian, said he was cooperating with investigators on Monday.")]
    public void A_nationality_before_a_thing_or_as_a_predicate_is_no_actor(string text)
    {
        foreach (var e in EventTestDocuments.Run(text).Events)
            Assert.DoesNotContain(e.Source, a => a.Code.Sector == "GOV");
    }

    [Theory]
    // a possessive or nationality acts through the agent noun it modifies, past a noun that modifies the agent
    [InlineData("Kenya's tea farmers called on the government to cut taxes on Monday.", "KENCVL")]
    [InlineData("Chinese human rights activists accused Beijing of torture on Monday.", "CHNNGO")]
    [InlineData("A Bolivian judge sentenced the former minister to ten years on Monday.", "BOLJUD")]
    [InlineData("Nepal's constitutional experts criticized the draft charter on Monday.", "NPLEDU")]
    // rights and press-freedom groups are non-governmental wherever they work, and keep a country when the text places them
    [InlineData("Rights groups condemned the verdict on Monday.", "NGO")]
    [InlineData("Press freedom groups condemned the verdict on Monday.", "NGOMED")]
    [InlineData("Human rights groups in Nepal condemned the verdict on Monday.", "NPLNGO")]
    // the state's own acts and products still stand for it
    [InlineData("Israeli air strikes killed six people in Gaza on Monday.", "ISRGOV")]
    [InlineData("Tanzanian soldiers attacked the camp on Monday.", "TZAMIL")]
    public void A_country_acts_through_the_noun_it_modifies(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(source, string.Join(",", e.Source.Select(a => a.Code.Code)));
    }

    [Theory]
    // a later bare surname is the person this text named in full, with that mention's title, not a namesake in the knowledge base
    [InlineData("Pakistani army spokesman Lt. Gen. Tariq Mahmood Chaudhry spoke on Monday. Chaudhry accused India of arming the attackers on Tuesday.", "PAKMIL")]
    // a country name before a title is the person's, a country before a verb acts itself
    [InlineData("Hong Kong prosecutor Anthony Lam accused the publisher of collusion on Monday.", "HKGJUD")]
    [InlineData("U.S. President Donald Trump accused Canada of cheating on Monday.", "USAGOV")]
    [InlineData("Kenya accused opposition leader Raila Odinga of treason on Monday.", "KENGOV")]
    // a country written after the name beats the surname's usual country
    [InlineData("Judge Lucia Ortega of Peru accused the police of torture on Monday.", "PERJUD")]
    public void A_surname_is_first_the_person_named_earlier_in_the_same_text(string text, string source)
    {
        var accusations = EventTestDocuments.Run(text).Events.Where(e => e.Plover == "ACCUSE").ToList();
        Assert.NotEmpty(accusations);
        Assert.All(accusations, e => Assert.Equal(source, string.Join(",", e.Source.Select(a => a.Code.Code))));
    }

    [Theory]
    // a country's capital named as the venue of talks is not the home of the agent met there
    [InlineData("Afghan troops clashed with rebels in Helmand on Monday. Washington negotiated with the insurgents in Qatar's capital on Friday.", "QAT")]
    public void A_venue_is_not_an_agents_home(string text, string venue)
    {
        var talks = EventTestDocuments.Run(text).Events.Where(e => e.Plover == "CONSULT").ToList();
        Assert.NotEmpty(talks);
        Assert.All(talks, e => Assert.DoesNotContain(venue, EventTestDocuments.Countries([.. e.Source, .. e.Target])));
    }

    [Theory]
    // traded goods stand for the country they come from: tariffs on them are aimed at it
    [InlineData("Brazil imposed tariffs on Chilean and Peruvian exports on Monday.", "CHL,PER")]
    public void Goods_named_by_nationality_are_the_countrys(string text, string targets)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(targets, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    // a people named as a minority or a national movement acts for the other country the sentence names, never as a government
    [InlineData("Ethnic Serbs have vowed to resist the new border near Kosovo's frontier with Albania, Kosovar police said.", "XKX")]
    [InlineData("Hundreds of ethnic Uzbeks protested in Oslo on Friday against Norway's plan to deport them to Kazakhstan.", "NOR")]
    [InlineData("Albanian separatist rebels ambushed a Serbian police patrol on Friday.", "SRB")]
    public void A_people_acts_where_it_lives(string text, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.All(e.Source, s => Assert.Equal(country, s.Code.Country));
        Assert.All(e.Source, s => Assert.NotEqual("GOV", s.Code.Sector));
        Assert.NotEmpty(e.Source);
    }

    [Theory]
    // without "ethnic" or a movement's word the demonym is the state's as before
    [InlineData("Serbian police arrested two men near Kosovo's frontier with Albania on Friday.", "SRB")]
    public void A_plain_demonym_keeps_its_state(string text, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(country, EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    // an agent phrase that names its own country acts for it wherever it stands
    [InlineData("Jewish settlers in the West Bank set fire to olive groves near Nablus on Friday.", "ISR")]
    public void An_agent_phrase_with_its_own_country_acts_for_it(string text, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(country, EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    // residents and rebels named by a demonym and placed in another country act for the country they live in
    [InlineData("Greek villagers in Albania blocked a road on Sunday to protest against the new tax.", "ALB")]
    [InlineData("Armenian rebels in Azerbaijan attacked a police post on Sunday.", "AZE")]
    // troops keep their own country wherever they are
    [InlineData("Russian troops in Moldova fired on a police post on Sunday.", "RUS")]
    public void Residents_act_where_they_live(string text, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(country, EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    // unnamed gunmen are of the place where they struck, not of their victims' nationality
    [InlineData("Masked gunmen kidnapped two French engineers near Kandahar on Monday.", "AFG")]
    // the Soviet Union is coded as Russia, its successor (PLOVER and CAMEO do the same)
    [InlineData("Soviet troops withdrew from Hungary on Monday.", "RUS")]
    // the Organization of African Unity is intergovernmental
    [InlineData("The Organization of African Unity urged Chad to withdraw its troops on Monday.", "IGO")]
    public void Sources_by_place_and_by_knowledge(string text, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(country, EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    // someone's ally or proxy is not theirs: it is of the place named after it
    [InlineData("Hezbollah fighters ambushed Syria's militia allies in northern Jordan on Sunday.", "JOR")]
    public void An_ally_is_not_its_patrons(string text, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(country, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    // a counted crowd of a people is its civilians, not its government
    [InlineData("Some 300 Peruvians demonstrated in Lima on Sunday.", "PERCVL")]
    [InlineData("Thousands of Bulgarians protested in Sofia on Sunday.", "BGRCVL")]
    [InlineData("Thousands of Chileans protested in Santiago on Friday.", "CHLCVL")]
    // a bare plural demonym is the people too; with "the" it stays the state
    [InlineData("Iranians protested in Tehran on Monday.", "IRNCVL")]
    [InlineData("The Americans accused Iran of lying on Monday.", "USAGOV")]
    public void A_counted_or_bare_people_is_its_civilians(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(source, string.Join(",", e.Source.Select(a => a.Code.Code)));
    }

    [Theory]
    // an ethnic adjective between the demonym and an armed noun names a non-state body, never the state
    [InlineData("Turkish jets bombed the Syrian Kurdish militia near Kobani on Monday.", "SYRREB")]
    [InlineData("Pakistani troops attacked the Pakistani Baluchi militia near Quetta on Monday.", "PAKREB")]
    public void An_ethnic_militia_is_not_the_state(string text, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(target, string.Join(",", e.Target.Select(a => a.Code.Code)));
    }

    [Theory]
    // a country's region as a target is a place, not the national government
    [InlineData("Russian forces attacked Ukraine's Kharkiv Region on Monday.", "UKR")]
    [InlineData("Militants attacked Afghanistan's Nangarhar Province on Monday.", "AFG")]
    public void A_region_of_a_country_is_not_its_government(string text, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(target, string.Join(",", e.Target.Select(a => a.Code.Code)));
    }

    [Theory]
    // a lone surname that is also a town's name, right before "said", is a speaker: it cannot place the sentence's groups abroad
    [InlineData("Opposition parties in Zambia condemned the arrest on Monday, Banda said.", "ZMBOPP")]
    public void A_speaker_named_like_a_town_places_no_one(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(source, string.Join(",", e.Source.Select(a => a.Code.Code)));
        Assert.DoesNotContain(e.Target, a => a.Code.Country == "IND");
    }

    [Theory]
    // an object pronoun stands for the person, who takes no title from the agents around the pronoun
    [InlineData("Samuel Okello addressed Ugandan opposition groups on Monday. Police later arrested him.")]
    public void A_pronoun_takes_no_title_from_its_own_sentence(string text)
    {
        foreach (var e in EventTestDocuments.Run(text).Events)
            Assert.DoesNotContain(e.Target, a => a.Code.Sector == "COP");
    }
}
