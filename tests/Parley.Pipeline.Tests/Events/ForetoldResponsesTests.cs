namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A side's own response foretold ("said Lima would respond", "will respond in kind", "would answer every new restriction")
/// threatens (130; with sanctions named, 1312): rows <c>threaten.will-respond</c>, <c>threaten.will-answer</c>. A response
/// refused ("would not respond") or an answer to questions is no threat.
/// </summary>
public sealed class ForetoldResponsesTests
{
    [Theory]
    [InlineData("Peru's foreign ministry called the expulsions a hostile step and said Lima would respond.", "130")]
    [InlineData("The Andean Community called the ban unjustified and said it would respond in kind.", "130")]
    [InlineData("Bolivia said it would answer every new restriction on its truckers.", "130")]
    [InlineData("Chile said it would respond with tariffs on Argentine wine.", "1312")]
    public void A_foretold_response_is_a_threat(string text, string cameo)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo == cameo && e.Rule.StartsWith("threaten.will-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Officials said they would not respond to personal attacks.")]
    [InlineData("The minister said she would answer any questions in parliament.")]
    public void A_response_refused_or_an_answer_to_questions_is_no_threat(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Rule.StartsWith("threaten.will-", StringComparison.Ordinal));
    }
}
