using Parley.Core;
using Parley.Pipeline.Tests.Events;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A bare armed-group noun ("militants", "fighters", "gunmen") in a story that has named one country's known armed groups
/// is those groups' fighters even when its act lands in a neighbouring country (ArmedGroupHomes before SentencePlaces);
/// a retreat from a town of one's own country is aimed at the foe, not at one's own state. Sentences written for these tests.
/// </summary>
public sealed class ArmedGroupsAcrossBordersTests
{
    [Fact]
    public void Militants_striking_across_the_border_are_the_named_group_of_its_country()
    {
        var document = EntityTestDocuments.Run("Somalia-based al-Shabab has fought Ethiopian troops since 2006. Somali officials say the group "
            + "controls parts of the south. Last month, the militants attacked a police post near Moyale in Ethiopia's Oromia region.");
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == "militants");
        Assert.Equal(new ActorCode("SOM", "REB"), document.Entities[mention.Entity].Actor);
    }

    [Fact]
    public void Rebels_with_no_armed_group_named_still_belong_to_the_place_of_their_act()
    {
        var document = EntityTestDocuments.Run("Officials in Nairobi spoke about trade on Monday. Rebels ambushed a police convoy in central India on Tuesday.");
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == "Rebels");
        Assert.Equal(new ActorCode("IND", "REB"), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // from a town of its own country: the side it retreats before
    [InlineData("Ukrainian troops pulled out of the town of Avdiivka on Saturday to avoid being surrounded by Russian forces.", "UKR", "RUS")]
    // from a town of another country: that country, as before
    [InlineData("Israeli forces withdrew from the Lebanese town of Khiam on Sunday.", "ISR", "LBN")]
    public void A_retreat_from_a_town_targets_the_foe_or_the_country_left(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "RETREAT");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
