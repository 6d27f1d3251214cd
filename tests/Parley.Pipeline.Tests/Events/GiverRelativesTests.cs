using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 68: "a step that drew a sharp rebuke from Beijing": a past verb of a row whose source is its giver ("from X") after a
/// relative "that"/"which" on a common noun is the relative clause's verb, not a noun after the determiner "that"
/// (<c>GiverRelatives</c>), and the criticism is aimed at the actor that opens the sentence, the thing's author
/// (<c>+target.relative</c>). Sentences written for this test.
/// </summary>
public class GiverRelativesTests
{
    private static IReadOnlyList<CodedEvent> Run(string text) => EventTestDocuments.Run(text, new DateOnly(2025, 3, 3)).Events;

    [Theory]
    [InlineData("Vietnam opened two new airstrips on the reef on Monday, a step that drew a sharp rebuke from China.", "CHN", "VNM")]
    [InlineData("Serbia recognised the breakaway region last week, a move which drew swift condemnation from Croatia.", "HRV", "SRB")]
    [InlineData("Kenya raised its import duties in May, a decision that drew complaints from Uganda.", "UGA", "KEN")]
    public void Criticism_a_thing_drew_is_aimed_at_its_author(string text, string source, string target)
    {
        var events = Run(text);

        Assert.Contains(events, e => e.Cameo == "111" && e.Rule.StartsWith("accuse.draw-condemnation.v1", StringComparison.Ordinal)
                                     && e.Source.Any(a => a.Code.Country == source) && e.Target.Any(a => a.Code.Country == target));
    }

    [Theory]
    [InlineData("Chile rejected that renewed criticism from Peru.")]
    [InlineData("Japan said that drew criticism from China.")]
    public void A_determiner_that_is_no_relative(string text)
    {
        Assert.DoesNotContain(Run(text), e => e.Rule.StartsWith("accuse.draw-condemnation", StringComparison.Ordinal) && e.Rule.Contains("+target.relative", StringComparison.Ordinal));
    }
}
