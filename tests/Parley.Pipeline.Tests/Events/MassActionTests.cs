using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Protest told with no protest word, in sentences written for this test: crowds massing or rallying outside a seat of
/// power, pouring into a square or flooding the streets, chanting or marching, occupying a public building (141), obstructing a shipment or a
/// session (144); and who blocks or occupies decides what it is (a state's forces restrict movement, 191, or seize, 192).
/// </summary>
public class MassActionTests
{
    [Theory]
    [InlineData("Thousands of Kenyan protesters massed outside parliament in Nairobi on Tuesday.", "141")]
    [InlineData("Opposition supporters gathered in front of the electoral commission in Kinshasa.", "141")]
    [InlineData("Supporters of Imran Khan rallied outside the courthouse in Islamabad.", "141")]
    [InlineData("Tens of thousands of Georgians poured into Freedom Square in Tbilisi.", "141")]
    [InlineData("Serbian students flooded the streets of Belgrade on Saturday.", "141")]
    [InlineData("Bolivian miners occupied the mining ministry in La Paz.", "141")]
    [InlineData("Environmental activists in Germany occupied the offices of the energy company RWE.", "141")]
    [InlineData("Greenpeace activists tried to obstruct a shipment of plutonium to Japan.", "144")]
    [InlineData("French farmers disrupted the session of the regional assembly in Rennes.", "144")]
    [InlineData("Demonstrators in Khartoum chanted as they marched to the presidential palace.", "141")]
    [InlineData("Crowds of Kenyan students chanted outside the parliament in Nairobi.", "141")]
    [InlineData("Hundreds of Iranian women march through Tehran every Friday.", "141")]
    public void Mass_action_is_a_protest(string text, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("PROTEST", cameo), (e.Plover, e.Cameo));
        Assert.Equal(Factuality.Asserted, e.Factuality);
    }

    [Theory]
    [InlineData("Indian soldiers blocked the highway to Srinagar.", "COERCE", "191")]
    [InlineData("Israel blocked access to the Al-Aqsa compound.", "COERCE", "191")]
    [InlineData("Serbia cut off access to the Kosovo border crossings.", "COERCE", "191")]
    [InlineData("Myanmar's junta restricted access to Rakhine state.", "COERCE", "191")]
    [InlineData("Protesters blocked access to the parliament in Yerevan.", "PROTEST", "144")]
    [InlineData("Supporters of the opposition blocked roads across Dhaka.", "PROTEST", "144")]
    [InlineData("Mutinous soldiers occupied the parliament building in Bamako.", "COERCE", "192")]
    [InlineData("Thai troops occupied the state television building in Bangkok.", "COERCE", "192")]
    [InlineData("Bolivian miners occupied the mining ministry in La Paz.", "PROTEST", "141")]
    public void Who_blocks_decides_what_a_blockade_is(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }

    [Theory]
    [InlineData("Angry Bolivian farmers set up roadblocks across the Chapare region.", "144")]
    [InlineData("Striking Peruvian miners erected barricades on the highway to Arequipa.", "144")]
    [InlineData("Rioters in Dakar torched government buildings after the verdict.", "145")]
    [InlineData("Opposition supporters in Maputo burned cars and looted shops.", "145")]
    [InlineData("Indonesian students clashed with riot police outside parliament in Jakarta.", "145")]
    [InlineData("Kenyan opposition supporters fought running battles with police in Kisumu.", "145")]
    public void Unarmed_people_blocking_burning_or_fighting_police_protest(string text, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("PROTEST", cameo), (e.Plover, e.Cameo));
    }

    [Theory]
    [InlineData("Uganda's opposition leader called off a planned rally after police warnings.")]
    [InlineData("Georgia's opposition called off its march on parliament.")]
    public void Calling_off_a_rally_or_march_concedes(string text)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("CONCEDE", "082"), (e.Plover, e.Cameo));
    }

    [Theory]
    [InlineData("Jewish settlers set fire to Palestinian olive groves near Nablus.", "COERCE")]
    [InlineData("Hamas fighters clashed with Israeli soldiers in Rafah.", "ASSAULT")]
    public void Armed_men_and_settlers_do_not_riot(string text, string plover) =>
        Assert.Equal(plover, EventTestDocuments.Best(text)?.Plover);

    [Theory]
    [InlineData("Russian troops massed near the Ukrainian border.")]
    [InlineData("Chinese coast guard ships sailed into the contested waters near Scarborough Shoal.")]
    [InlineData("The Berlin Marathon started in March with a march by runners.")]
    public void Forces_massing_or_sailing_are_no_protest(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST");
}
