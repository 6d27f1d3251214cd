namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A reported clause whose subject is the speaker's forces, or a part of them ("the last of its troops", "some of our
/// soldiers"), has the speaker, a state, as its source.
/// </summary>
public sealed class SpeakerForcesTests
{
    [Theory]
    [InlineData("Hanoi said the last of its troops had withdrawn from Laos.", "VNM")]
    [InlineData("Moscow announced that the bulk of its forces had withdrawn from Afghanistan.", "RUS")]
    [InlineData("Syria said the remainder of its soldiers would withdraw from Lebanon by June.", "SYR")]
    [InlineData("Nigeria said some of its troops had attacked rebel camps in Sierra Leone.", "NGA")]
    [InlineData("Cuba declared that the first of its soldiers had withdrawn from Angola.", "CUB")]
    [InlineData("Israel said its troops had withdrawn from the Gaza Strip.", "ISR")]
    public void A_part_of_the_speakers_forces_acts_for_the_speaker(string text, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    // A rights group has no forces of its own; a part of something other than forces is no subject.
    [InlineData("Amnesty International said the last of the troops had withdrawn from Laos.", "IGO")]
    [InlineData("Hanoi said the last of its diplomats had left Laos.", "VNM")]
    public void No_forces_no_speaker_source(string text, string source) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) == source || EventTestDocuments.Countries(e.Source) == "NGO");
}
