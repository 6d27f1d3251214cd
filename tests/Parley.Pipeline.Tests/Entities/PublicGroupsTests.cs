using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// People named by what they are, with no country in their own words, in sentences written for this test: a public in the
/// street or online ("crowds", "a mob", "commenters") is the public of where the sentence acts or the story is about;
/// "Roman Catholic bishops" of a country are its clergy (REL).
/// </summary>
public sealed class PublicGroupsTests
{
    /// <summary>The actor code of the agent mention that starts with or ends in <paramref name="words"/>, or "none".</summary>
    private static string CodeOf(string text, string words)
    {
        var document = EntityTestDocuments.Run(text);
        foreach (var m in document.Mentions)
            if (m.Kind == MentionKind.Agent && (document.TextOf(m.Range).StartsWith(words, StringComparison.OrdinalIgnoreCase) || document.TextOf(m.Range).EndsWith(words, StringComparison.Ordinal)))
                return document.Entities[m.Entity].Actor?.Code ?? "none";
        return "none";
    }

    [Theory]
    [InlineData("Crowds torched two buses near the central market of Mombasa on Friday.", "Crowds", "KENCVL")]
    [InlineData("Peru held a runoff vote on Sunday. Angry crowds later stormed a polling station.", "crowds", "PERCVL")]
    [InlineData("A mob burned a police post in the Pakistani city of Lahore.", "mob", "PAKCVL")]
    [InlineData("Commenters in Iran praised the prisoner swap with Oman.", "Commenters", "IRNCVL")]
    [InlineData("Netizens in Vietnam mocked the new tax on street food.", "Netizens", "VNMCVL")]
    public void A_public_with_no_country_of_its_own_is_where_it_acts(string text, string words, string code) =>
        Assert.Equal(code, CodeOf(text, words));

    [Fact]
    public void A_public_in_no_country_stays_uncoded() =>
        Assert.Equal("none", CodeOf("Crowds cheered as the runners crossed the line.", "Crowds"));

    [Theory]
    [InlineData("Chile's Roman Catholic bishops criticised the new abortion law.", "CHLREL")]
    [InlineData("Poland's Roman Catholic bishops called for calm after the vote.", "POLREL")]
    public void Roman_Catholic_bishops_of_a_country_are_its_clergy(string text, string code) =>
        Assert.Equal(code, Parley.Pipeline.Tests.Events.EventTestDocuments.Best(text)?.Source.FirstOrDefault()?.Code.Code);

    [Fact]
    public void The_town_of_Roman_stays_a_place()
    {
        var document = EntityTestDocuments.Run("Floods cut off the Romanian town of Roman on Monday.");
        Assert.Contains("Roman=GPE", EntityTestDocuments.Names(document), StringComparison.Ordinal);
    }
}
