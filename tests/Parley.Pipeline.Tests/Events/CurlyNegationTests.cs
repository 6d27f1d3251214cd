using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 15: news copy sets the apostrophe of "can't", "won't" and "didn't" curly; the act after it is negated all the
/// same as after the straight form. Sentences written for this test.
/// </summary>
public class CurlyNegationTests
{
    [Theory]
    [InlineData("Slovakia said the EU can’t afford to defend Moldova.", "052")]
    [InlineData("Kenya said it won’t attend the summit with Somalia.", "040")]
    [InlineData("Japan didn’t recognize the Russian annexation.", "054")]
    [InlineData("Chile doesn’t support the Bolivian claim.", "051")]
    [InlineData("Ghana hasn’t signed the treaty with Togo.", "057")]
    [InlineData("Peru wouldn’t praise the Ecuadorian plan.", "051")]
    public void A_curly_apostrophe_negates_as_the_straight_one_does(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == cameo && e.Factuality == Factuality.Negated);
        Assert.DoesNotContain(events, e => e.Cameo == cameo && e.Factuality is Factuality.Asserted or Factuality.Future);
    }
}
