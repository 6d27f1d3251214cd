namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 62 (verdicts62; sentences of our own): "breach" and "contravention" join the nouns that condemn an act
/// (evaluation-words.tsv negative-noun, label-negative-noun) beside "violation" and "infringement", so a deed called, branded
/// or described as a breach, or said to be one, is the speaker's verdict on its author (111), as a violation is.
/// </summary>
public class BreachVerdictsTests
{
    [Theory]
    [InlineData("Nigeria described the raids by Chadian troops as a breach of international law.", "NGA", "TCD")]
    [InlineData("Chadian troops raided two Nigerian border villages on Monday. Nigeria's foreign ministry said the raids were a flagrant breach of its sovereignty.", "NGA", "TCD")]
    public void A_deed_called_a_breach_judges_its_author(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "111" && EventTestDocuments.Countries(e.Source) == source
            && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("The hackers exploited a security breach at the bank.")]
    public void A_breach_told_by_no_speaker_is_no_verdict(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
}
