using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Text;

/// <summary>
/// Words and their Penn tags, most frequent first, from <c>data/lexicon/pos-lexicon.tsv</c> (the Brill tagger's lexicon,
/// less what <see cref="PosGuesser"/> gives anyway): "fire" NN|VB, "talks" NNS|VBZ. Case matters ("Bush" NNP, "bush" NN).
/// </summary>
public sealed class PosLexicon
{
    private static readonly Lazy<PosLexicon> s_embedded = new(() => Load(KnowledgeFiles.Embedded));

    private readonly FrozenDictionary<string, PosReadings>.AlternateLookup<ReadOnlySpan<char>> _words;

    private PosLexicon(FrozenDictionary<string, PosReadings> words)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = words.Count;
    }

    public static PosLexicon Embedded => s_embedded.Value;

    public int Count { get; }

    public static PosLexicon Load(KnowledgeFiles files)
    {
        const string name = "lexicon/pos-lexicon.tsv";
        var words = new Dictionary<string, PosReadings>(StringComparer.Ordinal);
        using (var reader = files.Open(name))
            foreach (var c in Tsv.Rows(reader, name, "word", "tags"))
            {
                var readings = default(PosReadings);
                foreach (var tag in c[1].Split('|'))
                    if (PosTags.Parse(tag) is var t and not PosTag.None)
                        readings = readings.With(t);
                if (!readings.IsEmpty)
                    words[c[0]] = readings;
            }
        return new PosLexicon(words.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The readings of a word exactly as written; empty when the lexicon does not list it.</summary>
    public PosReadings Find(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var r) ? r : default;
}
