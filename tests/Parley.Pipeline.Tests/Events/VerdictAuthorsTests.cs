namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 44: a verdict told as reported speech or a quote whose subject is a definite act noun ("the arrests", "the strikes") is
/// the speaker's, aimed at the doer of the act the noun retells (<c>+sides.verdict</c>); an opposition judges its own state's act,
/// while a judgement no one is reported to make (an analyst's, the writer's) or one a state makes of its own forces stays uncoded.
/// </summary>
public class VerdictAuthorsTests
{
    [Theory]
    [InlineData("Police in Kampala detained dozens of opposition supporters on Friday. The opposition said the arrests were an attempt to silence dissent.", "UGA", "UGA")]
    [InlineData("Police detained dozens of opposition supporters in Kampala on Friday. “The arrests are an attempt to silence dissent,” the opposition said.", "UGA", "UGA")]
    [InlineData("Police raided the offices of an opposition newspaper in Harare on Monday. Amnesty International said the raids were an attempt to intimidate the press.", "NGO", "ZWE")]
    [InlineData("Russian jets bombed a hospital in Idlib on Sunday. The French foreign ministry said the strikes amounted to war crimes.", "FRA", "RUS")]
    public void The_speaker_judges_the_doer_of_the_act_the_noun_retells(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && e.Rule.Contains("+sides.verdict", StringComparison.Ordinal)
            && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Theory]
    [InlineData("Police in Kampala detained dozens of opposition supporters on Friday. A political analyst said the arrests were an attempt to silence dissent.")]
    [InlineData("Police detained dozens of opposition supporters in Kampala on Friday. “The arrests are an attempt to silence dissent,” a political analyst said.")]
    [InlineData("Police in Kampala detained dozens of opposition supporters on Friday. The arrests were an attempt to silence dissent.")]
    [InlineData("Police in Kampala detained dozens of opposition supporters on Friday. Uganda's interior ministry said the arrests were a mistake by junior officers.")]
    [InlineData("Police in Kampala detained dozens of opposition supporters on Friday. The opposition said the arrest warrants were an attempt to silence dissent.")]
    public void A_verdict_no_other_side_tells_of_the_act_stays_uncoded(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+sides.verdict", StringComparison.Ordinal));
    }
}
