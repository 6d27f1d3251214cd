namespace Parley.Pipeline.Tests.Events;

/// <summary>How far a title, a nationality or a place reaches: its own noun phrase, its own sentence, before the story's country.</summary>
public class ActorScopeTests
{
    private static string Codes(IEnumerable<Parley.Core.EventActor> actors) => string.Join(",", actors.Select(a => a.Code.Code));

    [Theory]
    // a nationality before a word for ordinary people names that country's civilians, not its government
    [InlineData("Kenyan fishermen accused Ugandan police of seizing their boats.", "KENCVL")]
    [InlineData("Filipino seamen protested outside the shipping agency in Manila.", "PHLCVL")]
    [InlineData("Ethiopian herders clashed with Kenyan police near the border on Sunday.", "ETHCVL")]
    [InlineData("Bolivian miners blocked the highway to La Paz on Thursday.", "BOLCVL")]
    [InlineData("Nepali migrant workers demanded unpaid wages from their employer in Doha.", "NPLCVL")]
    [InlineData("Haitian taxi drivers protested against fuel prices on Monday.", "HTICVL")]
    [InlineData("A Peruvian farmer sued the mining company on Friday.", "PERCVL")]
    public void A_demonym_before_a_civilian_noun_is_the_countrys_civilians(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(source, Codes(e.Source));
    }

    [Theory]
    // civilians are also a civilian target, not the state
    [InlineData("Indonesian police detained 40 Vietnamese fishermen off Natuna on Monday.", "VNMCVL")]
    [InlineData("Gunmen abducted two Chinese miners in Zamfara on Sunday.", "CHNCVL")]
    public void Civilians_named_by_occupation_are_civilian_targets(string text, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Contains(target, Codes(e.Target), StringComparison.Ordinal);
    }

    [Theory]
    // a rounded count before a plural demonym is part of the subject, not a preposition's object
    [InlineData("About 300 Peruvians marched in Lima to protest the law.", "PERCVL")]
    [InlineData("More than 500 Kenyans protested in Nairobi on Tuesday.", "KENCVL")]
    [InlineData("Around 2,000 Serbians rallied in Belgrade on Saturday.", "SRBCVL")]
    [InlineData("Over 40 Nigerians demonstrated outside the embassy in Accra on Friday.", "NGACVL")]
    [InlineData("Fewer than 100 Chileans marched in Valparaiso on Sunday.", "CHLCVL")]
    [InlineData("Nearly 3,000 Hondurans rallied outside the congress on Monday.", "HNDCVL")]
    [InlineData("At least 200 Bolivians marched in La Paz on Friday.", "BOLCVL")]
    [InlineData("More than 800 Karen rebels handed over their weapons to Myanmar troops on Monday.", "MMRREB")]
    [InlineData("Kenyan police said about 300 protesters marched in Nairobi on Monday.", "KENOPP")]
    public void A_counted_crowd_keeps_its_subject(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(source, Codes(e.Source));
    }

    [Theory]
    // a title or agent noun reaches the name it heads, never a name across a verb
    [InlineData("Zambian police arrested opposition leader Peter Banda in Lusaka.", "ZMBOPP")]
    [InlineData("Kenyan police shot protester Brian Otieno during the rally.", "KENOPP")]
    [InlineData("Police in Harare detained journalist Tendai Moyo on Monday.", "ZWEMED")]
    [InlineData("Gunmen tried to kill the Iranian journalist and radio host Leila Azadi in Paris.", "IRNMED")]
    [InlineData("Soldiers arrested then-President Jean Kaboré of Burkina Faso in 1987.", "BFAGOV")]
    public void A_title_heads_its_own_name(string text, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(target, Codes(e.Target));
    }

    [Theory]
    [InlineData("Security forces arrested Hassan Ali, a student, on Friday.")]
    [InlineData("The army said it had arrested Juma Said near the border.")]
    [InlineData("Riot police dispersed the crowd and detained Omar Farah on Sunday.")]
    [InlineData("Soldiers stopped the bus and questioned Amina Noor for hours.")]
    public void A_title_does_not_reach_across_a_verb(string text)
    {
        foreach (var e in EventTestDocuments.Run(text).Events)
            Assert.DoesNotContain(e.Target, a => a.Code.Sector is "COP" or "MIL");
    }
    private const string PakistanStory = "Pakistan said on Monday it had arrested two militants. Pakistani officials said Pakistan would step up patrols. Pakistan's army chief visited the border. ";

    [Theory]
    // where the sentence says its action happened places its unnamed domestic agents before the story's country
    [InlineData("Maoist rebels ambushed a police convoy in central India on Sunday, killing six officers.", "INDREB")]
    [InlineData("In the Indian state of Jharkhand, rebels attacked a police camp overnight.", "INDREB")]
    [InlineData("Police fired tear gas at students in northern Bangladesh on Friday.", "BGDCOP")]
    [InlineData("Rebels seized two towns in eastern Congo on Tuesday.", "CODREB")]
    [InlineData("Throughout Nepal, protesters blocked highways on Thursday.", "NPLOPP")]
    // a possessive country before a group word and an agent noun is the agents' own
    [InlineData("India's Maoist rebels attacked a police camp on Sunday.", "INDREB")]
    // the place after the agent is where it acted, not the place of another agent before it
    [InlineData("Police in Lahore said rebels attacked two villages in Afghanistan on Sunday.", "AFGREB")]
    // a place inside the phrase of another party is that party's, not the agents'
    [InlineData("Militants collaborated with partners in Afghanistan, officials said.", "PAKREB")]
    public void The_sentences_own_place_beats_the_storys_country(string text, string source)
    {
        var events = EventTestDocuments.Run(PakistanStory + text).Events;
        Assert.Contains(events, e => Codes(e.Source) == source);
    }
    [Theory]
    // an office written with a postpositive "general" is that office, not a military general
    [InlineData("Gunmen killed the prison inspector general, Hector Joseph, on Monday.", "GOV")]
    [InlineData("The Inspector General of Police, Japhet Koome, ordered the arrest of two activists.", "COP")]
    [InlineData("Solicitor General Ana Cruz accused the court of bias on Monday.", "JUD")]
    [InlineData("Protesters in Kyiv accused Prosecutor General Ivan Petrenko of stalling the case.", "JUD")]
    [InlineData("US lawmakers criticized Surgeon General Mark Ellis on Tuesday.", "HLH")]
    [InlineData("Fiji accused Governor-General Ana Teo of overreach on Friday.", "GOV")]
    public void A_postpositive_general_names_the_office(string text, string sector)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Contains(e.Source.Concat(e.Target), a => a.Code.Sector == sector);
        Assert.DoesNotContain(e.Source.Concat(e.Target), a => a.Code.Sector == "MIL");
    }
    [Theory]
    // "led by" keeps the leaders in the agent's body
    [InlineData("Eight Chilean senators led by Ana Ruiz and Juan Soto sent a letter to the minister. Soto later accused the government of lying.", "CHLLEG")]
    public void Leaders_of_an_agent_belong_to_its_body(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(source, Codes(e.Source));
    }
    [Theory]
    // a counted group after the verb is its object, so the event's target
    [InlineData("Rebels in Borno killed more than 200 Nigerian soldiers on Sunday.", "NGAMIL")]
    [InlineData("Djibouti police detained more than 150 Ethiopian migrants on Monday.", "ETHCVL")]
    [InlineData("Sudan released up to 40 Egyptian fishermen on Friday.", "EGYCVL")]
    [InlineData("Kenya deported more than 300 Somali refugees last week.", "SOMCVL")]
    [InlineData("Egypt freed fewer than 20 Sudanese traders on Tuesday.", "SDNBUS")]
    public void A_counted_group_after_the_verb_is_the_target(string text, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Contains(target, Codes(e.Target), StringComparison.Ordinal);
    }
}
