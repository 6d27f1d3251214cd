using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>A subject pronoun opening a sentence continues the person who opened the sentence before, not the one named last.</summary>
public sealed class SubjectPronounsTests
{
    private static string PersonOfOpeningPronoun(string text)
    {
        var document = EntityTestDocuments.Run(text, new DateOnly(2025, 3, 10));
        var second = document.Sentences[1].Start;
        foreach (var m in document.Mentions)
            if (m.Start == second && m.Kind == MentionKind.Pronoun)
                return document.Entities[m.Entity].Name;
        return "none";
    }

    [Theory]
    [InlineData("Macron said on Friday that he would call Scholz soon. He also warned that tariffs would hurt Europe.", "Macron")]
    [InlineData("Lula met Milei in Brasilia for two hours. He later told reporters the talks went well.", "Lula")]
    public void An_opening_he_takes_the_subject_before(string text, string person) =>
        Assert.Contains(person, PersonOfOpeningPronoun(text));

    [Fact]
    public void A_possessive_opening_is_no_subject() =>
        Assert.DoesNotContain("Putin", PersonOfOpeningPronoun("Putin's aide Yuri Ushakov called Witkoff on Monday. He said the call was useful."));
}
