namespace Parley.Pipeline.Tests.Events;

/// <summary>An act a blaming verb takes as its object is the blame's content: the accusation is coded, not the act again.</summary>
public class BlamedActsTests
{
    [Theory]
    [InlineData("Kabul has blamed a string of recent bombings on gunmen based in Pakistan.")]
    [InlineData("Iraq blamed last week's rocket attacks on Iranian-backed militias.")]
    [InlineData("Moscow blamed the bombing of the pipeline on Ukrainian saboteurs.")]
    [InlineData("India blames the recent shelling in Kashmir on Pakistani troops.")]
    [InlineData("Officials in Kinshasa linked the latest massacre in Ituri to Ugandan rebels.")]
    [InlineData("Niger's junta attributed the ambush near the border to jihadists from Mali.")]
    [InlineData("Nigeria's army has blamed the kidnapping of the pupils on bandits.")]
    public void The_act_blamed_is_no_event_of_its_own(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    [Theory]
    [InlineData("Kabul has blamed a string of recent bombings on gunmen based in Pakistan.")]
    [InlineData("Iraq blamed last week's rocket attacks on Iranian-backed militias.")]
    [InlineData("Moscow blamed the bombing of the pipeline on Ukrainian saboteurs.")]
    public void The_blame_itself_is_still_an_accusation(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "112");

    [Theory]
    // A preposition between the blaming verb and the act makes the act the accusation's frame, or news of its own.
    [InlineData("Rebels attacked a convoy near Goma on Monday, and Kinshasa blamed Kigali.", "ASSAULT")]
    [InlineData("Hamas fighters killed two Israeli soldiers in Gaza on Sunday.", "ASSAULT")]

    public void An_act_not_taken_as_the_blame_s_object_is_still_coded(string text, string plover) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover);

    [Theory]
    // A verb joined to the blaming verb is an act of its own.
    [InlineData("Kyiv blamed and condemned Moscow for the strike on Odesa.")]
    [InlineData("Seoul blamed and criticised Pyongyang over the balloons.")]
    public void A_verb_joined_to_the_blame_is_still_coded(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
}
