using Parley.Knowledge;

namespace Parley.Knowledge.Tests;

/// <summary>Lookups the knowledge base derives from its tables.</summary>
public sealed class KnowledgeBaseTests
{
    [Theory]
    // names, aliases and demonyms, in any case, give the country
    [InlineData("Vietnamese", "VNM")]
    [InlineData("Vietnam", "VNM")]
    [InlineData("saudi", "SAU")]
    [InlineData("Kosovar", "XKX")]
    public void CountryWordsGiveTheCountry(string word, string iso3) =>
        Assert.Equal(iso3, KnowledgeBase.Embedded.CountryWords[word]);

    [Theory]
    [InlineData("Western")]
    [InlineData("led")]
    public void OtherWordsAreNoCountry(string word) =>
        Assert.False(KnowledgeBase.Embedded.CountryWords.ContainsKey(word));
}
