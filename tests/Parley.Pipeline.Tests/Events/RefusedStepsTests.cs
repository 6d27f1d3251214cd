using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A step the speaker calls "out of the question" or "not an option" is refused (120), whether or not an actor is the
/// clause's subject; an actor named in the refused step is the target. A speaker denying that something poses a threat
/// denies it (016) with no actor as subject too. Sentences written for this test.
/// </summary>
public class RefusedStepsTests
{
    [Theory]
    [InlineData("Washington said that lifting the sanctions on Cuba was out of the question.", "REJECT", "USA", "CUB")]
    [InlineData("Moscow said on Monday that a withdrawal from the islands was out of the question.", "REJECT", "RUS", "")]
    [InlineData("Beijing said talks with the Dalai Lama were out of the question.", "REJECT", "CHN", "")]
    [InlineData("Ankara said recognising Cyprus is not an option.", "REJECT", "TUR", "")]
    [InlineData("Seoul said that a pardon for the former president is out of the question.", "REJECT", "KOR", "")]
    [InlineData("Tokyo said the drills pose no threat to China.", "REJECT", "JPN", "")]
    public void The_speaker_refuses_the_step(string text, string plover, string source, string target) =>
        EventTestDocuments.AssertSides(text, plover, source, target);

    [Theory]
    [InlineData("Beijing said talks with the Dalai Lama were out of the question.")]
    [InlineData("Quito said that talks with the gangs are not an option.")]
    public void The_refused_step_is_not_reported_as_done(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT" && e.Factuality == Factuality.Asserted);

    [Theory]
    [InlineData("Analysts said the plan was out of the question.")]
    [InlineData("A new vote is out of the question.")]
    public void No_speaker_no_refusal(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "REJECT");
}
