using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Protest acts named by verbs that are protests only when unarmed people do them, in sentences written for this test:
/// keeping up or enforcing a strike, blocking a boulevard or an avenue, camping in a square, crowds massing, protesters or
/// villagers occupying a mine, a port or an airport. Troops, rebels or a state doing the same mobilise or seize.
/// </summary>
public class UnarmedProtestActsTests
{
    [Theory]
    [InlineData("Bolivian teachers extended their strike into a third week on Monday.", "143")]
    [InlineData("Nepal's opposition parties enforced a general strike across Kathmandu on Tuesday.", "143")]
    [InlineData("Jailed Turkish journalists prolonged their hunger strike on Friday.", "142")]
    [InlineData("Indian farmers extended their sit-in outside the agriculture ministry for another month.", "141")]
    [InlineData("Supporters of the Venezuelan opposition blocked the main boulevard of Caracas with tents.", "144")]
    [InlineData("Chilean students blocked the main avenue in Santiago on Thursday.", "144")]
    [InlineData("Armenian opposition supporters camped in Yerevan's Republic Square for a fifth night.", "141")]
    [InlineData("Hundreds of Burmese monks massed in the centre of Mandalay on Sunday.", "141")]
    [InlineData("Thousands of Kenyans massed outside two police stations in Nairobi.", "141")]
    [InlineData("Anti-government protesters occupied the airport in Bangkok on Wednesday.", "141")]
    [InlineData("Angry Peruvian villagers occupied a copper mine in the Andes on Monday.", "141")]
    [InlineData("Kurdish protesters occupied Greek embassies in five European capitals.", "141")]
    [InlineData("Several hundred Nepalese students paraded through Kathmandu on Friday.", "141")]
    [InlineData("Thousands of Bolivian miners paraded through La Paz, setting off dynamite.", "141")]
    public void Unarmed_people_doing_it_protest(string text, string cameo) =>
        EventTestDocuments.AssertBest(text, "PROTEST", cameo, Factuality.Asserted);

    [Theory]
    [InlineData("Russia massed troops along the Ukrainian border.", "MOBILIZE")]
    [InlineData("Thai troops occupied the airport in Bangkok on Wednesday.", "COERCE")]
    [InlineData("Congolese rebels occupied the town of Goma.", "COERCE")]
    [InlineData("Russian troops marched into the Georgian town of Gori on Wednesday.", "COERCE")]
    [InlineData("North Korean soldiers paraded through Pyongyang on Saturday.", "MOBILIZE")]
    [InlineData("Chinese troops marched through Tiananmen Square during the anniversary celebrations.", "MOBILIZE")]
    public void Forces_doing_it_mobilise_or_seize(string text, string plover) =>
        Assert.Equal(plover, EventTestDocuments.Best(text)?.Plover);

    [Fact]
    public void Migrants_massing_at_a_border_do_not_protest() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Thousands of migrants massed at the Greek border on Sunday.").Events, e => e.Plover == "PROTEST");

    [Theory]
    [InlineData("Japan and Australia held naval drills off Darwin to demonstrate their commitment to open sea lanes.")]
    [InlineData("The Indian navy staged exercises in the Arabian Sea to demonstrate its strength.")]
    [InlineData("The French foreign minister tried to demonstrate unity with Berlin at the summit.")]
    [InlineData("Russia test-fired a hypersonic missile to demonstrate what its navy can do.")]
    [InlineData("North Korea paraded its missiles in Pyongyang to demonstrate its resolve.")]
    public void Demonstrating_something_shows_it_and_is_no_protest(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST");

    [Theory]
    [InlineData("Thousands of Chilean students demonstrated in Santiago against tuition fees.")]
    [InlineData("Supporters of the jailed Pakistani opposition leader rallied in Lahore on Friday.")]
    public void Demonstrating_with_no_object_still_protests(string text) =>
        Assert.Equal("PROTEST", EventTestDocuments.Best(text)?.Plover);
}
