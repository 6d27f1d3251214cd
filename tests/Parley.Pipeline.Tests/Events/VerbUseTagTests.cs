using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// VerbUse reads the part-of-speech tag of a bare trigger word its hand checks leave unplaced: tagged as a noun ("the
/// first deadly attack on", "in direct support of") it is no verb; a past form ("shot dead") and a word before an
/// object only a verb takes ("demand an apology") stay verbs whatever the tag.
/// </summary>
public sealed class VerbUseTagTests
{
    private static Document Run(string text) =>
        PipelineCatalog.Default.Run(new Article("test", text) { Published = new Publication(new DateOnly(2025, 4, 2), null, PublishedSource.Option) });

    private static bool IsVerb(string text, string word, out PosTag tag)
    {
        var document = Run(text);
        var token = Array.FindIndex(document.Tokens.ToArray(), t => document.Slice(t.Range).SequenceEqual(word));
        Assert.True(token >= 0, word);
        tag = document.TagAt(token);
        var sentence = document.Sentences.First(s => s.FirstToken <= token && token < s.EndToken);
        return VerbUse.IsVerb(document, token, sentence.FirstToken);
    }

    [Theory]
    [InlineData("Officials called it the first deadly attack on the convoy this year.", "attack")]
    [InlineData("The brigade stayed near the river in direct support of the army.", "support")]
    public void ABareWordTaggedAsANounIsNoVerb(string text, string word)
    {
        Assert.False(IsVerb(text, word, out var tag));
        Assert.True(PosTags.IsCommonNoun(tag), tag.ToString());
    }

    [Theory]
    [InlineData("Gunmen shot dead a village chief on Monday.", "shot")]
    [InlineData("Ministers met on Friday to issue a statement and demand an apology.", "demand")]
    [InlineData("Rebels attack the town every night.", "attack")]
    public void PastFormsAndWordsBeforeAnObjectStayVerbs(string text, string word) => Assert.True(IsVerb(text, word, out _));
}
