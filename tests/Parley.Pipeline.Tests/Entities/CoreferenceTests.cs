using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>Agent nouns without a country of their own: the place after them, else the country the text is about.</summary>
public sealed class CoreferenceTests
{
    [Theory]
    // an agent noun followed by "in <place>" belongs to the place's country
    [InlineData("Rebels in the Ivory Coast rejected the offer on Wednesday.", "Rebels in the Ivory Coast", "CIV", "REB")]
    [InlineData("Protesters in Nairobi blocked a highway on Friday.", "Protesters in Nairobi", "KEN", "OPP")]
    [InlineData("Opposition groups in Zimbabwe criticized the electoral commission on Sunday.", "Opposition groups in Zimbabwe", "ZWE", "OPP")]
    [InlineData("Security forces in Guinea detained two journalists on Monday.", "Security forces in Guinea", "GIN", "COP")]
    // "from" names where they come from
    [InlineData("Troops from Chad arrived in Bangui on Monday.", "Troops from Chad", "TCD", "MIL")]
    [InlineData("A missionary from Calgary was arrested in Beirut.", "missionary from Calgary", "CAN", "REL")]
    // a participle phrase may stand between the agent and the place
    [InlineData("Refugees fleeing the fighting in Sudan crossed the border.", "Refugees fleeing the fighting in Sudan", "SDN", "CVL")]
    [InlineData("Militants based in Somalia claimed the bombing.", "Militants based in Somalia", "SOM", "REB")]
    // a domestic agent with no place takes the country named before it, else the first one after it
    [InlineData("Chilean police used water cannon against protesters on Tuesday.", "protesters", "CHL", "OPP")]
    [InlineData("Police fired tear gas at a crowd in Lagos on Monday.", "Police", "NGA", "COP")]
    [InlineData("Peru declared a state of emergency. Rebels ambushed a patrol on Friday.", "Rebels", "PER", "REB")]
    // the country leading them, written before "-led", is theirs
    [InlineData("Saudi-led forces recaptured a town in western Yemen on Monday.", "Saudi-led forces", "SAU", "MIL")]
    [InlineData("Nigerian-led troops pushed into the hills near Mopti on Friday.", "Nigerian-led troops", "NGA", "MIL")]
    // the noun an agent word modifies may stand between it and its place
    [InlineData("A militant group based in Quetta claimed the attack.", "militant group based in Quetta", "PAK", "REB")]
    // a city or region right before the agent noun is its home
    [InlineData("Lyon magistrates opened an inquiry into the mayor on Tuesday.", "Lyon magistrates", "FRA", "JUD")]
    // an agent phrase that names its country keeps it wherever it stands
    [InlineData("Jewish settlers in the West Bank uprooted olive trees on Friday.", "Jewish settlers", "ISR", "CVL")]
    // "of" whose they are, a place a few words on, a general head with its place, a body's sector for its members
    [InlineData("The government of Balochistan province ordered more patrols.", "government of Balochistan", "PAK", "GOV")]
    [InlineData("Angry activists from the divided city of Mosul staged rallies.", "activists from the divided city of Mosul", "IRQ", "OPP")]
    [InlineData("Hundreds of people in Tbilisi marched on parliament.", "people in Tbilisi", "GEO", "CVL")]
    [InlineData("Diplomats from the African Union arrived in Khartoum on Monday.", "Diplomats from the African Union", "IGO", "GOV")]
    [InlineData("Leaders of Hezbollah met in Beirut on Monday.", "Leaders of Hezbollah", "LBN", "REB")]
    // with nothing named before, where they act comes before a country named as a modifier
    [InlineData("Militias attacked a Turkish convoy in Syria on Sunday.", "Militias", "SYR", "REB")]
    // the country the story is about, not merely the last one named
    [InlineData("Somalia's army stormed a hotel in Mogadishu. A U.S. official praised it. Soldiers then shot two militants.", "militants", "SOM", "REB")]
    public void AgentNounsTakeACountry(string text, string phrase, string country, string sector)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == phrase);
        Assert.Equal(MentionKind.Agent, mention.Kind);
        Assert.Equal(new ActorCode(country, sector), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // the possessor owns the agent: not the place's
    [InlineData("Syria withdrew its troops in Lebanon on Monday.", "troops")]
    [InlineData("UN peacekeepers in Lebanon patrolled the border.", "peacekeepers in Lebanon")]
    // civilians in general are where they live, not actors
    [InlineData("Children in Sudan are suffering from hunger.", "Children in Sudan")]
    // a clause word or a conjunction ends the agent's phrase before any place
    [InlineData("Farmers and lawmakers in hopes that Canada would step in met on Monday.", "lawmakers in hopes that Canada")]
    // a demonym describes the noun after it, not the members before it
    [InlineData("Police arrested members of the Venezuelan street gang on Monday.", "members of the Venezuelan")]
    // an agent inside the phrase is read on its own
    [InlineData("The leader of opposition parties in Tanzania was shot on Monday.", "leader of opposition parties in Tanzania")]
    // an agent noun right before a person's name describes that person
    [InlineData("Kenya arrested suspected militant Omar Haddad on Sunday.", "militant")]
    // officials with no place and no country are not guessed
    [InlineData("Officials said the talks would resume.", "Officials")]
    public void AgentNounsThatDoNotTakeThePlace(string text, string phrase)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range).EndsWith(phrase, StringComparison.Ordinal));
    }

    [Fact]
    public void TwoDomesticAgentsAreTwoSides()
    {
        var document = EntityTestDocuments.Run("Clashes erupted in Syria on Friday. Police fought rebels near the coast.");
        var police = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == "Police");
        var rebels = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == "rebels");
        Assert.NotEqual(police.Entity, rebels.Entity);
        Assert.Equal(("SYR", "SYR"), (document.Entities[police.Entity].Actor?.Country, document.Entities[rebels.Entity].Actor?.Country));
    }
}
