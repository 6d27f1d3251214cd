namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 34, round 66: readiness to face a trial or the voters, to answer or respond to something, or to govern or
/// exercise power is a stance, no intent to cooperate (frame.ready, 030); readiness for talks or help stays one.
/// Sentences written for this test.
/// </summary>
public class ReadinessStanceTests
{
    [Theory]
    [InlineData("Kenyan President William Ruto said on Monday that Kenya was ready to face its critics in court.")]
    [InlineData("Norway's defence minister said Norway was \"ready to respond\" to any threat to its pipelines.")]
    [InlineData("French opposition leader Marine Le Pen said her party was ready to govern if voters gave it a majority.")]
    [InlineData("Polish President Andrzej Duda said Poland was ready to answer any provocation from Belarus.")]
    [InlineData("Spain's conservatives said they were willing to exercise power after the election.")]
    public void Readiness_to_face_respond_or_govern_is_no_intent_to_cooperate(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Turkish foreign minister said Turkey was ready to hold talks with Greece on the maritime dispute.", "036")]
    [InlineData("Japan's prime minister said Japan stood ready to work with Vietnam on maritime security.", "031")]
    public void Readiness_for_talks_or_work_stays_an_intent(string text, string cameo) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
}
