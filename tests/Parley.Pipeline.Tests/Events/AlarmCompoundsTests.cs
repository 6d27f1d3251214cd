namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 35 (<c>none.air-raid-alarm.v1</c>, <c>none.bomb-shelter.v1</c>): "air raid" or "bomb" as the modifier of a siren, a
/// warning, a shelter or a squad names what is feared or guarded against, no raid or bombing; the verb and the act's own noun
/// phrase stay attacks. Sentences written for this test.
/// </summary>
public sealed class AlarmCompoundsTests
{
    [Theory]
    [InlineData("Air raid sirens wailed across Odesa before dawn on Monday.")]
    [InlineData("Families in Sderot slept in bomb shelters on Tuesday.")]
    [InlineData("Air raid alerts sounded in Lviv for three hours.")]
    [InlineData("A bomb squad from the Kenyan police searched the stadium.")]
    public void A_raid_or_bomb_modifying_a_warning_or_shelter_is_no_attack(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "ASSAULT" or "PROTEST");

    [Theory]
    [InlineData("Russian jets carried out an air raid on Kharkiv on Monday.")]
    [InlineData("Militants tried to bomb a shelter for refugees in Kabul.")]
    public void The_raid_or_the_bombing_itself_stays_an_attack(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");
}
