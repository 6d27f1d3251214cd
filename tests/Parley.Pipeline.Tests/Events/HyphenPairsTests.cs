namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Two actors joined by a hyphen right before a symmetric noun ("U.S.-Japan talks", "the U.S.-Iran deal") are its two
/// sides, both ways, as "talks between X and Y" are. A hyphen to a participle ("U.S.-led") is no pair. Sentences written
/// for this test.
/// </summary>
public class HyphenPairsTests
{
    [Theory]
    [InlineData("The visit comes after U.S.-Japan talks in Tokyo last week.", "JPN")]
    [InlineData("U.S.-China trade talks resumed in Geneva on Monday.", "CHN")]
    [InlineData("The U.S.-Russia summit in Helsinki ended without a statement.", "RUS")]
    [InlineData("Officials prepared for U.S.-Mexico security negotiations in El Paso.", "MEX")]
    [InlineData("The U.S.-Iran talks in Oman were the first in two years.", "IRN")]
    [InlineData("A new round of U.S.-Cuba talks opened in Havana on Thursday.", "CUB")]
    public void A_hyphenated_pair_before_a_symmetric_noun_names_both_sides(string text, string other)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT");
        Assert.Contains("USA", EventTestDocuments.Countries(e.Source), StringComparison.Ordinal);
        Assert.Contains(other, EventTestDocuments.Countries(e.Source), StringComparison.Ordinal);
        Assert.Contains("USA", EventTestDocuments.Countries(e.Target), StringComparison.Ordinal);
        Assert.Contains(other, EventTestDocuments.Countries(e.Target), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The U.S.-led coalition held talks with Iraqi leaders in Baghdad.", "IRQ")]
    [InlineData("The Saudi-backed government held talks with the rebels in Riyadh.", "SAU")]
    public void A_hyphen_to_a_participle_is_no_pair(string text, string notBoth)
    {
        foreach (var e in EventTestDocuments.Run(text).Events)
            Assert.False(EventTestDocuments.Countries(e.Source).Contains(notBoth, StringComparison.Ordinal)
                && EventTestDocuments.Countries(e.Target).Contains(notBoth, StringComparison.Ordinal) && e.Source.Count > 1);
    }
}
