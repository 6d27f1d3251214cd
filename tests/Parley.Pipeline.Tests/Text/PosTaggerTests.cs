using Parley.Core;
using Parley.Pipeline.Text;

namespace Parley.Pipeline.Tests.Text;

/// <summary>The part-of-speech tagger on invented sentences: lexicon, guesser, and each contextual rule.</summary>
public sealed class PosTaggerTests
{
    private static (string Word, string Tag)[] Tag(string text, PosTagger? tagger = null)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens.AsSpan());
        var tags = (tagger ?? PosTagger.Default).Tag(text, tokens.AsSpan(), sentences.AsSpan());
        return [.. tokens.Select((t, i) => (text[t.Start..t.End], PosTags.Name(tags[i])))];
    }

    private static string TagOf(string text, string word) => Tag(text).First(p => p.Word == word).Tag;

    [Theory]
    [InlineData("The calls for calm went unheard.", "calls", "NNS")]        // 1: after a determiner
    [InlineData("Their strike ended on Monday.", "strike", "NN")]          // 1: after a possessive
    [InlineData("The rebels vowed to strike back.", "strike", "VB")]       // 2: after "to"
    [InlineData("The army will fire on the crowd.", "fire", "VB")]         // 2: after a modal
    [InlineData("Soldiers did not attack the town.", "attack", "VB")]      // 2: after "did not"
    [InlineData("The militia has attacked the port.", "attacked", "VBN")]  // 3: after "has"
    [InlineData("Two guards were wounded in the raid.", "wounded", "VBN")] // 4: after "were"
    [InlineData("They protest every week.", "protest", "VBP")]             // 5: after a subject pronoun
    [InlineData("A group which attacks convoys was named.", "attacks", "VBZ")] // 5: after "which"
    [InlineData("Ankara fires the envoy.", "fires", "VBZ")]                // 6: between a subject and a determiner
    [InlineData("A convoy hit by a drone burned.", "hit", "VBN")]          // 7: before "by"
    [InlineData("She said that the talks failed.", "that", "IN")]          // 8: "that" opening a clause
    public void Rules_choose_the_reading_the_context_calls_for(string text, string word, string tag) =>
        Assert.Equal(tag, TagOf(text, word));

    [Fact]
    public void Without_rules_each_word_keeps_its_most_frequent_reading()
    {
        var plain = new PosTagger(PosLexicon.Embedded) { Rules = false };
        Assert.Equal("NN", Tag("The rebels vowed to strike back.", plain).First(p => p.Word == "strike").Tag);
    }

    [Theory]
    [InlineData("Officials met in Zubrovka.", "Zubrovka", "NNP")]        // capitalised, unknown
    [InlineData("The outmanoeuvring was obvious.", "outmanoeuvring", "VBG")]
    [InlineData("They were blorfed again.", "blorfed", "VBN")]          // guessed VBD, then rule 4
    [InlineData("It acted glorpily.", "glorpily", "RB")]
    [InlineData("A flarbification began.", "flarbification", "NN")]
    [InlineData("Talks resumed.", "Talks", "NNS")]                       // sentence-first: the lower-case word
    [InlineData("Bush spoke.", "Bush", "NNP")]                           // sentence-first, but listed as a name
    [InlineData("Russia's envoy left.", "Russia's", "NNP")]              // tagged by its head
    [InlineData("They can't agree.", "can't", "MD")]
    [InlineData("About 1,500 people marched.", "1,500", "CD")]
    [InlineData("It cost $5.", "$", "SYM")]
    public void Lexicon_guesser_and_shapes(string text, string word, string tag) =>
        Assert.Equal(tag, TagOf(text, word));

    [Fact]
    public void Tags_every_token_and_is_a_pipeline_layer()
    {
        var document = PipelineCatalog.Default.Run(new Article("a", "The envoy arrived. \"We will talk,\" he said."));
        Assert.True(document.Has(Layers.PosTags));
        Assert.Equal(document.Tokens.Length, document.Tags.Length);
        Assert.DoesNotContain(PosTag.None, document.Tags);
        Assert.Contains(PipelineCatalog.Default.Components, c => c.Name == "text.PosTagger.v1");
    }

    [Fact]
    public void Readings_pack_up_to_four_tags_in_order()
    {
        var r = PosReadings.Of(PosTag.NN, PosTag.VB).With(PosTag.VBP).With(PosTag.NN).With(PosTag.JJ).With(PosTag.RB);
        Assert.Equal("NN|VB|VBP|JJ", r.ToString());
        Assert.True(r.HasVerb && r.HasNoun);
        Assert.Equal(PosTag.NN, r.First);
    }

    [Fact]
    public void The_embedded_lexicon_lists_ambiguous_trigger_words_noun_first_or_verb_first()
    {
        Assert.Equal("NNS|VBZ", PosLexicon.Embedded.Find("talks").ToString());
        Assert.True(PosLexicon.Embedded.Find("fire").Has(PosTag.VB));
        Assert.True(PosLexicon.Embedded.Find("reorganization").IsEmpty); // its one tag is the guesser's
    }
}
