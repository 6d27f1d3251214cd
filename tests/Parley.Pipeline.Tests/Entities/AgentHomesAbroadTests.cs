using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Where an agent acts is not always its home: a city after a party to talks is the venue (TalksVenues); fighters with no
/// place of their own fight in the war whose armed groups the story named (ArmedGroupHomes); hired killers are no state.
/// </summary>
public sealed class AgentHomesAbroadTests
{
    [Theory]
    // after a word of meeting and "with", "in" and a city name where the talks are held
    [InlineData("Colombia agreed to resume negotiations with leftist guerrillas in Havana next month.", "guerrillas", "COL", "REB")]
    [InlineData("Philippine envoys met with Muslim separatists in Kuala Lumpur on Tuesday.", "separatists", "PHL", "REB")]
    [InlineData("Sri Lanka held talks with the rebels in Oslo, officials said.", "rebels", "LKA", "REB")]
    // a country or a province after "in" still says where they are; so does a city after a word of fighting
    [InlineData("The minister held talks with rebels in Mali on Friday.", "rebels in Mali", "MLI", "REB")]
    [InlineData("Troops clashed with rebels in Goma on Friday.", "rebels in Goma", "COD", "REB")]
    [InlineData("Rebels in Goma rejected the offer on Friday.", "Rebels in Goma", "COD", "REB")]
    public void A_city_after_a_party_to_talks_is_the_venue(string text, string phrase, string country, string sector) =>
        AssertAgent(EntityTestDocuments.Run(text), phrase, country, sector);

    [Fact]
    public void Unplaced_fighters_belong_to_the_war_whose_armed_groups_were_named()
    {
        var document = EntityTestDocuments.Run("Britain hosted a donors' meeting in London on Monday. British ministers pledged aid to Sudan. "
            + "Britain also called for a truce. The Rapid Support Forces shelled a market on Sunday. Fighters later burned dozens of homes.");
        AssertAgent(document, "Fighters", "SDN", "REB");
    }

    [Fact]
    public void Armed_groups_of_two_countries_leave_the_story_country()
    {
        var document = EntityTestDocuments.Run("Peru declared a state of emergency on Monday. Peru sent more troops to the border. "
            + "The Rapid Support Forces and the Houthis were named in a separate report. Peru said militants ambushed a patrol.");
        AssertAgent(document, "militants", "PER", "REB");
    }

    [Theory]
    [InlineData("Serbian mercenaries attacked a village in the north on Friday.", "SRBREB")]
    [InlineData("Mexican hitmen shot the mayor of a small town on Sunday.", "MEXREB")]
    public void Hired_killers_named_by_nationality_are_no_government(string text, string source)
    {
        var e = Parley.Pipeline.Tests.Events.EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(source, string.Join(",", e.Source.Select(a => a.Code.Code)));
    }

    private static void AssertAgent(Document document, string phrase, string country, string sector)
    {
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == phrase);
        Assert.Equal(new ActorCode(country, sector), document.Entities[mention.Entity].Actor);
    }
}
