using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Text;

/// <summary>
/// <c>text.PosTagger.v1</c>: one Penn part-of-speech tag per token (<see cref="Document.Tags"/>). Each word is looked up
/// in <see cref="PosLexicon"/> ("fire" NN|VB) or guessed from its shape and ending (<see cref="PosGuesser"/>), starts
/// from its most frequent reading, and then <see cref="PosRules"/>, a few contextual rules of our own, move it to another
/// of its readings within its sentence: in "Rebels fire the shells" <c>fire</c> follows a noun and precedes a
/// determiner, so it is VBP, not NN. Numbers are CD and punctuation is tagged by its shape. A word with a clitic is
/// tagged by its head ("Russia's" as "Russia", "didn't" as "did"). Costs a dictionary lookup and a few comparisons per
/// token; the buffers are rented once per document.
/// </summary>
public sealed class PosTagger(PosLexicon lexicon) : IComponent
{
    /// <summary>Longest word looked up in lower case (longer capitalised words are names or guessed).</summary>
    private const int MaxLowered = 48;

    /// <summary>The longest word the rules ask about by name ("having" has six letters; "haven't" is longer with its clitic).</summary>
    private const int MaxNamedWord = 9;

    private static readonly FrozenDictionary<string, PosWord> s_words = new Dictionary<string, PosWord>(StringComparer.OrdinalIgnoreCase)
    {
        ["be"] = PosWord.Be, ["is"] = PosWord.Be, ["are"] = PosWord.Be, ["was"] = PosWord.Be, ["were"] = PosWord.Be,
        ["been"] = PosWord.Be, ["being"] = PosWord.Be, ["am"] = PosWord.Be,
        ["have"] = PosWord.Have, ["has"] = PosWord.Have, ["had"] = PosWord.Have, ["having"] = PosWord.Have,
        ["do"] = PosWord.Do, ["does"] = PosWord.Do, ["did"] = PosWord.Do,
        ["not"] = PosWord.Not, ["never"] = PosWord.Not,
        ["that"] = PosWord.That, ["by"] = PosWord.By,
        ["i"] = PosWord.Subject, ["he"] = PosWord.Subject, ["she"] = PosWord.Subject, ["we"] = PosWord.Subject,
        ["they"] = PosWord.Subject, ["it"] = PosWord.Subject, ["you"] = PosWord.Subject,
        ["monday"] = PosWord.Day, ["tuesday"] = PosWord.Day, ["wednesday"] = PosWord.Day, ["thursday"] = PosWord.Day,
        ["friday"] = PosWord.Day, ["saturday"] = PosWord.Day, ["sunday"] = PosWord.Day,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, PosWord>.AlternateLookup<ReadOnlySpan<char>> s_wordLookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lazy<PosTagger> s_default = new(() => new PosTagger(PosLexicon.Embedded));

    /// <summary>The tagger over the embedded lexicon, with its rules.</summary>
    public static PosTagger Default => s_default.Value;

    public PosLexicon Lexicon { get; } = lexicon;

    /// <summary>Apply the contextual rules (true); false leaves every word at its most frequent reading (for measuring them).</summary>
    public bool Rules { get; init; } = true;

    public string Name => "text.PosTagger.v1";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Assigns => Layers.PosTags;

    public void Process(Document document, CancellationToken cancellationToken) => document.SetTags(Tag(document.Text, document.Tokens.AsSpan(), document.Sentences.AsSpan()));

    /// <summary>Tags tokenized, split text; also used directly by tests and the evaluation.</summary>
    public ImmutableArray<PosTag> Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences)
    {
        var n = tokens.Length;
        var readings = ArrayPool<PosReadings>.Shared.Rent(n);
        var tags = ArrayPool<PosTag>.Shared.Rent(n);
        var words = ArrayPool<PosWord>.Shared.Rent(n);
        try
        {
            Span<char> scratch = stackalloc char[MaxLowered];
            foreach (var sentence in sentences)
                for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    var word = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
                    readings[i] = Lookup(word, tokens[i].Shape, SentenceFirst(text, tokens, sentence, i), scratch, out _);
                    tags[i] = readings[i].First;
                    words[i] = tokens[i].Is(TokenShape.Word) && word.Length <= MaxNamedWord && s_wordLookup.TryGetValue(Head(word), out var w) ? w : PosWord.None;
                }
            if (Rules)
                foreach (var sentence in sentences)
                    PosRules.Apply(readings.AsSpan(0, n), tags.AsSpan(0, n), words.AsSpan(0, n), sentence.FirstToken, sentence.EndToken);
            return ImmutableArray.Create(tags.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<PosReadings>.Shared.Return(readings);
            ArrayPool<PosTag>.Shared.Return(tags);
            ArrayPool<PosWord>.Shared.Return(words);
        }
    }

    /// <summary>
    /// The readings of one token, most frequent first; <paramref name="known"/> tells whether the lexicon or the token's
    /// shape (a number, a mark) gave them rather than the guesser. <paramref name="scratch"/> holds a lower-cased copy.
    /// </summary>
    public PosReadings Lookup(ReadOnlySpan<char> word, TokenShape shape, bool sentenceFirst, Span<char> scratch, out bool known)
    {
        known = true;
        if ((shape & TokenShape.Number) != 0)
            return PosReadings.Of(PosTag.CD);
        if ((shape & TokenShape.Word) == 0)
            return word switch
            {
                "$" or "#" or "%" or "€" or "£" or "¥" or "+" or "=" or "<" or ">" => PosReadings.Of(PosTag.Sym),
                "&" => PosReadings.Of(PosTag.CC),
                _ => PosReadings.Of(PosTag.Punct),
            };
        // "can't", "won't": the head is the modal Penn cuts off as "ca", "wo".
        if (EndsWithNot(word) && word.Length is 5 && (word[..2].Equals("ca", StringComparison.OrdinalIgnoreCase) || word[..2].Equals("wo", StringComparison.OrdinalIgnoreCase)))
            return PosReadings.Of(PosTag.MD);
        var head = Head(word);
        var exact = Lexicon.Find(head);
        if (head.Length == 0 || !char.IsUpper(head[0]))
        {
            if (!exact.IsEmpty)
                return exact;
            known = false;
            return PosGuesser.Guess(head);
        }
        // A capitalised word: a name unless it opens a sentence (or shouts in capitals) and is an ordinary word in lower case.
        var lowerToo = sentenceFirst || (shape & TokenShape.AllCaps) != 0 && head.Length > 4;
        if (!exact.IsEmpty && (!lowerToo || exact.First is PosTag.NNP or PosTag.NNPS))
            return exact;
        if (lowerToo && head.Length <= scratch.Length)
        {
            var lower = scratch[..head.Length];
            head.ToLowerInvariant(lower);
            var found = Lexicon.Find(lower);
            if (!found.IsEmpty)
                return found;
            if (!exact.IsEmpty)
                return exact;
            known = false;
            // An ending tells a word ("Protesters", "Shelling"); a capitalised word with none is most likely a name.
            var guess = PosGuesser.Guess(lower);
            return guess == PosGuesser.NoEnding ? PosReadings.Of(PosTag.NNP) : guess;
        }
        if (!exact.IsEmpty)
            return exact;
        known = false;
        return PosReadings.Of(PosTag.NNP);
    }

    /// <summary>The word without a clitic: "Russia's" -> "Russia", "didn't" -> "did", "they're" -> "they".</summary>
    public static ReadOnlySpan<char> Head(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && EndsWithNot(word))
            return word[..^3];
        var apostrophe = word.LastIndexOfAny('\'', '\u2019');
        if (apostrophe > 0 && word[(apostrophe + 1)..] is var tail
            && (tail.Equals("s", StringComparison.OrdinalIgnoreCase) || tail.Equals("re", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("ve", StringComparison.OrdinalIgnoreCase) || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("d", StringComparison.OrdinalIgnoreCase) || tail.Equals("m", StringComparison.OrdinalIgnoreCase)))
            return word[..apostrophe];
        return word;
    }

    private static bool EndsWithNot(ReadOnlySpan<char> word) =>
        word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first word of a sentence, or the first after an opening quote, bracket or a line break within it.</summary>
    private static bool SentenceFirst(string text, ReadOnlySpan<Token> tokens, Sentence sentence, int i)
    {
        for (var k = i - 1; k >= sentence.FirstToken; k--)
        {
            if (tokens[k].Is(TokenShape.Word | TokenShape.Number))
                return false;
            var mark = text[tokens[k].Start];
            if (mark is not ('"' or '\u201C' or '\'' or '\u2018' or '(' or '[' or '-' or '\u2014' or ':'))
                return false;
        }
        return true;
    }
}

/// <summary>The few words the contextual rules ask about by name (<see cref="PosRules"/>).</summary>
public enum PosWord : byte { None, Be, Have, Do, Not, That, By, Subject, Day }
