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
    // an agent phrase's start up to a space or other non-letter, in any case; no part of a word, no whole phrase that starts no other
    [InlineData("rebel", true)]
    [InlineData("Human rights", true)]
    [InlineData("secur", false)]
    [InlineData("rebel groups", false)]
    [InlineData("the", false)]
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
