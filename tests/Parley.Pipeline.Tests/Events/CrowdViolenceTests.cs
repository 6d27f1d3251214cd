using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Violence by a crowd is a riot (CAMEO 145, PLOVER PROTEST), in sentences written for this test: crowds, protesters,
/// supporters or a mob attacking, storming or burning an embassy, a palace, a police station or party offices; armed men,
/// settlers and killings keep their own codes (<c>CrowdViolence</c>).
/// </summary>
public class CrowdViolenceTests
{
    [Theory]
    [InlineData("Angry crowds in Nairobi attacked the embassy of Uganda on Monday.")]
    [InlineData("Protesters stormed the presidential palace in Colombo on Saturday.")]
    [InlineData("Supporters of the jailed opposition leader set fire to a police station in the northern town of Tamale.")]
    [InlineData("A crowd of demonstrators attacked the police headquarters in Tbilisi.")]
    public void A_crowd_attacking_storming_or_burning_riots(string text)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("PROTEST", "145"), (e.Plover, e.Cameo));
    }

    [Theory]
    [InlineData("Rebels attacked an army base in northern Mali.", "ASSAULT")]
    [InlineData("Jewish settlers set fire to Palestinian olive groves near Nablus.", "COERCE")]
    public void Armed_men_and_settlers_are_no_crowd(string text, string plover) =>
        Assert.Equal(plover, EventTestDocuments.Best(text)?.Plover);

    [Fact]
    public void A_crowd_killing_people_assaults_them() =>
        Assert.DoesNotContain(EventTestDocuments.Run("A mob of protesters killed two policemen in Lagos on Friday.").Events, e => e.Cameo == "145");

    [Fact]
    public void A_means_in_another_clause_is_not_the_acts()
    {
        // the helicopter is the premier's escape, not the protesters' weapon: no air strike (195)
        var e = EventTestDocuments.Run("The premier fled the capital by military helicopter as protesters stormed her official residence in Dhaka.").Events
            .FirstOrDefault(e => e.Plover is "PROTEST" or "ASSAULT");
        Assert.NotNull(e);
        Assert.NotEqual("195", e.Cameo);
    }

    [Theory]
    [InlineData("French farmers blocked border crossings with Spain with their tractors on Thursday.", "PROTEST", "144")]
    [InlineData("Hungary blocked the border crossings with Serbia on Monday.", "COERCE", "191")]
    public void Who_blocks_a_crossing_decides_obstruction_or_restriction(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }

    [Fact]
    public void Vowing_to_carry_on_a_blockade_threatens_dissent()
    {
        var e = EventTestDocuments.Run("Chilean truckers said they would continue their blockades until the toll rise was scrapped.").Events.FirstOrDefault(e => e.Plover == "THREATEN");
        Assert.NotNull(e);
        Assert.Equal("133", e.Cameo);
    }
}
