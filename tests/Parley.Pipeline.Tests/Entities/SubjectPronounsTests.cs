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

    [Theory]
    [InlineData("Chile recalled its ambassador from Lima on Monday. It also accused Peru of spying on its navy.", "Chile")]
    [InlineData("The European Union criticized the new media law. It later urged Georgia to repeal it.", "European Union")]
    public void An_opening_it_before_a_past_verb_takes_the_state_or_body_before(string text, string name) =>
        Assert.Contains(name, PersonOfOpeningPronoun(text));

    [Theory]
    // an empty "It" ("It was unclear ..."), a person opening the sentence before, and a lower-case "it" are left alone
    [InlineData("Chile recalled its ambassador from Lima on Monday. It was unclear when she would return.")]
    [InlineData("Boric recalled the ambassador from Lima on Monday. It also accused Peru of spying on its navy.")]
    public void An_empty_it_or_a_person_before_takes_no_state(string text) =>
        Assert.Equal("none", PersonOfOpeningPronoun(text));
}
