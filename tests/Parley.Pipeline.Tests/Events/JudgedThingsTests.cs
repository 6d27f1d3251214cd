namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A verdict told as reported speech whose subject is a definite thing no actor names ("said the measures were illegal") is the
/// speaker's, aimed at the author of the latest sanction, coercion or attack the story told against the speaker's side; with no
/// such act before it, the verdict is left uncoded rather than aimed at a guess.
/// </summary>
public class JudgedThingsTests
{
    [Theory]
    [InlineData("Canada imposed new tariffs on Mexico on Friday. Mexico's economy ministry said the measures were unfair.", "MEX", "CAN")]
    [InlineData("Norway expelled two Iranian diplomats on Monday. Sweden praised the step. Iran's foreign ministry said that the expulsions were unacceptable.", "IRN", "NOR")]
    public void The_speaker_judges_the_author_of_the_act_on_its_side(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Fact]
    public void A_verdict_with_no_act_against_the_speaker_is_left_uncoded()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("Chile's foreign minister said the decision was unacceptable.").Events, e => e.Plover == "ACCUSE");
    }

    [Fact]
    public void Praise_of_the_speaker_is_no_measure_it_judges()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("Spain praised Portugal's leaders on Monday. Portugal's foreign minister said the remarks were unfair.").Events,
            e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == "PRT");
    }
}
