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

    [Theory]
    // every proper prefix of an agent phrase, in any case; a phrase's own last word is none unless it starts another
    [InlineData("rebel", true)]
    [InlineData("Rebel group", true)]
    [InlineData("secur", true)]
    [InlineData("rebel groups", false)]
    [InlineData("zzz", false)]
    public void AgentPrefixesHoldTheStartsOfAgentPhrases(string text, bool expected) =>
        Assert.Equal(expected, KnowledgeBase.Embedded.AgentPrefixes.Contains(text));

    [Fact]
    public void EveryLongerAgentPhraseStartsWithAPrefix()
    {
        var kb = KnowledgeBase.Embedded;
        foreach (var phrase in kb.Agents.Keys)
            if (phrase.IndexOf(' ') is var space and > 0)
                Assert.Contains(phrase[..space], kb.AgentPrefixes);
    }
}
