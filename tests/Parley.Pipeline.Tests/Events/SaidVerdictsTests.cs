using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 58: a verdict in a said-clause (<c>accuse.said-verdict.v1</c>; SaidVerdicts): a speaker says that a definite act
/// ("the ban", "the arrests") the story told before is condemnable, by any predicate that holds a word of condemnation
/// (evaluation-words.tsv); the verdict is aimed at the act's author (act anaphora,
/// <c>+sides.verdict</c>). Near misses: praise, a neutral statement, a negated or hedged verdict, the speaker's own act, an act
/// noun with no act told before, and a second verdict of a speaker already disapproving. Sentences written for this test.
/// </summary>
public class SaidVerdictsTests
{
    private static IReadOnlyList<CodedEvent> Run(string text) => EventTestDocuments.Run(text, new DateOnly(2025, 6, 1)).Events;

    private static bool Said(CodedEvent e) => e.Rule.StartsWith("accuse.said-verdict.v1", StringComparison.Ordinal);

    [Theory]
    [InlineData("Bolivia banned imports of Chilean wine on Monday. Chile's foreign ministry said the ban would prove a costly blunder for both countries.", "CHL", "BOL")]
    [InlineData("Peruvian police arrested three Chilean traders in Lima on Monday. Chile said the arrests were in truth a shameful act of intimidation.", "CHL", "PER")]
    [InlineData("Ecuador expelled two Colombian diplomats on Friday. Colombia's foreign minister said the expulsions were plainly a farce.", "COL", "ECU")]
    public void A_condemning_predicate_on_an_act_told_before_is_a_verdict_on_its_author(string text, string source, string target)
    {
        var events = Run(text);

        Assert.Contains(events, e => Said(e) && e.Cameo == "111"
                                     && e.Source.Any(a => a.Code.Country == source) && e.Target.Any(a => a.Code.Country == target));
    }

    [Theory]
    [InlineData("Bolivia banned imports of Chilean wine on Monday. Chile's foreign ministry said the ban would prove a welcome step against fraud.")]
    [InlineData("Bolivia banned imports of Chilean wine on Monday. Chile's foreign ministry said the ban would take effect in July.")]
    [InlineData("Bolivia banned imports of Chilean wine on Monday. Chile's foreign ministry said the ban was not a blunder.")]
    [InlineData("Bolivia banned imports of Chilean wine on Monday. Chile's foreign ministry said the ban might prove a costly blunder.")]
    [InlineData("Chile banned imports of Bolivian wine on Monday. Chile's foreign ministry said the ban would stop a dangerous trade.")]
    [InlineData("Chile's foreign ministry said the ban would prove a costly blunder for both countries.")]
    public void A_look_alike_is_no_said_verdict(string text)
    {
        var events = Run(text);

        Assert.DoesNotContain(events, Said);
    }

    [Fact]
    public void The_speakers_own_act_is_not_judged()
    {
        var events = Run("Chile banned imports of Bolivian wine on Monday. Chile's foreign ministry said the ban would prove a costly blunder for Bolivian growers.");

        Assert.DoesNotContain(events, e => Said(e) && e.Target.Any(a => a.Code.Country == "CHL"));
    }

    [Fact]
    public void A_speaker_who_already_disapproves_is_not_coded_twice()
    {
        var events = Run("Peruvian police arrested three Chilean traders in Lima on Monday. Chile condemned Peru and said the arrests were in truth a shameful act of intimidation.");

        Assert.DoesNotContain(events, Said);
        Assert.Contains(events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.Source.Any(a => a.Code.Country == "CHL"));
    }
}
