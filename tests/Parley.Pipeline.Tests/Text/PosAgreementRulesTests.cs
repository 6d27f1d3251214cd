using Parley.Core;
using Parley.Pipeline.Text;

namespace Parley.Pipeline.Tests.Text;

/// <summary>
/// The tagger's round-53 rules: a verb after a plural subject before its object, a preposition or "to" ("villagers
/// march through"), a word after a modal the lexicon lacks as a verb ("will garrison"), a participle-first word
/// between its subject and an object ("the council approved the plan"), and a determiner after "to" kept.
/// </summary>
public sealed class PosAgreementRulesTests
{
    private static string TagOf(string text, string word)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens.AsSpan());
        var tags = PosTagger.Default.Tag(text, tokens.AsSpan(), sentences.AsSpan());
        for (var i = 0; i < tokens.Length; i++)
            if (text[tokens[i].Start..tokens[i].End] == word)
                return PosTags.Name(tags[i]);
        throw new ArgumentException(word);
    }

    [Theory]
    [InlineData("Delegates visit Lusaka next week.", "visit", "VBP")]              // 6b: before a name
    [InlineData("The farmers march through the capital.", "march", "VBP")]         // 6b: before a preposition
    [InlineData("Guerrillas attack them at night.", "attack", "VBP")]              // 6b: before a pronoun
    [InlineData("The envoys often visit Geneva.", "visit", "VBP")]             // 6b: an adverb skipped
    [InlineData("Students burst into the chamber.", "burst", "VBD")]               // 6d: a noun-or-past word
    [InlineData("The navy will station two frigates there.", "station", "VB")]     // 0: after a modal
    [InlineData("The council condemned the verdict.", "condemned", "VBD")]        // 6c: participle-first, before an object
    [InlineData("The medal was given to a nurse.", "a", "DT")]                    // 2: "to" before a determiner
    public void A_verb_after_its_subject_is_read_as_one(string text, string word, string tag) =>
        Assert.Equal(tag, TagOf(text, word));

    [Theory]
    [InlineData("The weapons ban Sunday was lifted.", "ban", "NN")]               // a day name after it dates a noun
    [InlineData("A rebel attack on the town failed.", "attack", "NN")]            // a singular noun before it: a compound
    [InlineData("The arms talks stalled.", "talks", "NNS")]                       // a plural form is no bare verb
    public void A_noun_after_a_noun_stays_one(string text, string word, string tag) =>
        Assert.Equal(tag, TagOf(text, word));
}
