using System.Collections.Frozen;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Ordinary English words and common given names, to tell a capitalised word that starts a sentence or shouts in
/// capitals ("Disagreements", "VERY") from a name, and a first name from other capitalised words.
/// Words come from <c>data/lexicon/common-words.tsv</c> (WordNet lemmas) plus the closed-class words WordNet leaves out.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> s_embedded = new(() => Load(KnowledgeFiles.Embedded));

    /// <summary>Closed-class words (WordNet has only nouns, verbs, adjectives and adverbs) and chat/e-mail shorthand.</summary>
    private static readonly string[] s_functionWords =
    [
        "the", "a", "an", "and", "or", "but", "nor", "if", "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "as", "into",
        "onto", "upon", "through", "after", "over", "between", "against", "during", "without", "within", "before", "under", "around",
        "among", "amongst", "towards", "toward", "via", "per", "than", "then", "is", "are", "was", "were", "be", "been", "being", "am",
        "has", "have", "had", "do", "does", "did", "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "mine", "your", "yours", "his", "its", "our",
        "ours", "their", "theirs", "myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves", "this", "that",
        "these", "those", "who", "whom", "whose", "which", "what", "where", "when", "why", "how", "whatever", "whoever", "not", "no",
        "yes", "ok", "okay", "hi", "hello", "hey", "thanks", "thank", "please", "dear", "oh", "wow", "yay", "lol", "lmao", "omg", "btw",
        "fyi", "asap", "pm", "ps", "re", "fw", "fwd", "etc", "vs", "cc", "tv", "id", "faq", "ceo", "cfo", "coo", "vp", "svp", "evp", "hr",
        "pr", "ipo", "dvd", "cd", "pc", "usb", "gps", "atm", "sms", "url", "html", "pdf", "http", "www", "diy", "rsvp", "aka", "tba",
        "psa", "seo", "am", "there", "here", "so", "such", "some", "any", "all", "each", "every", "both", "either", "neither", "none",
        "nothing", "everything", "anything", "something", "anyone", "everyone", "someone", "nobody", "everybody", "somebody", "also",
        "just", "too", "again", "ever", "never", "although", "though", "because", "while", "whilst", "unless", "until", "since",
        "whether", "yet", "still", "however", "moreover", "furthermore", "meanwhile", "otherwise", "therefore", "thus", "hence",
        "besides", "despite", "instead", "else", "many", "much", "more", "most", "few", "fewer", "less", "least", "several", "own",
        "other", "another", "same", "only", "even", "well", "now", "today", "tonight", "tomorrow", "yesterday", "ago", "am", "amid",
        "according", "including", "regarding", "concerning", "following", "nor", "unlike", "onto", "beyond", "beneath", "beside",
    ];

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> _given;

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _regions;

    private Lexicon(FrozenSet<string> words, FrozenDictionary<string, char> given, FrozenDictionary<string, string> regions)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _given = given.GetAlternateLookup<ReadOnlySpan<char>>();
        _regions = regions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Lexicon Embedded => s_embedded.Value;

    public static Lexicon Load(KnowledgeFiles files)
    {
        var words = new HashSet<string>(s_functionWords, StringComparer.OrdinalIgnoreCase);
        using (var reader = files.Open("lexicon/common-words.tsv"))
            foreach (var c in Tsv.Rows(reader, "lexicon/common-words.tsv", "word"))
                words.Add(c[0]);
        var given = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase);
        using (var reader = files.Open("lexicon/given-names.tsv"))
            foreach (var c in Tsv.Rows(reader, "lexicon/given-names.tsv", "name", "gender"))
                given[c[0]] = c[1].Length > 0 ? c[1][0] : 'u';
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = files.Open("lexicon/regional-demonyms.tsv"))
            foreach (var c in Tsv.Rows(reader, "lexicon/regional-demonyms.tsv", "demonym", "region", "country"))
                regions[c[0]] = c[2];
        return new Lexicon(words.ToFrozenSet(StringComparer.OrdinalIgnoreCase), given.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            regions.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// The country of the first-level division whose people a demonym names, singular or plural ("Okinawan", "Sicilians"),
    /// or null.
    /// </summary>
    public string? RegionalCountry(ReadOnlySpan<char> word) =>
        _regions.TryGetValue(word, out var country) || word.Length > 1 && word[^1] == 's' && _regions.TryGetValue(word[..^1], out country) ? country : null;

    /// <summary>The gender of a common given name ('m', 'f', 'u' for both), or ' ' when the word is not one.</summary>
    public char GivenName(ReadOnlySpan<char> word) => _given.TryGetValue(word, out var g) ? g : ' ';

    /// <summary>An ordinary word, in any case and in regular inflections ("Disagreements", "Running", "CHEAPER").</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word)
    {
        word = WithoutPossessive(word);
        if (word.Length == 0 || _words.Contains(word))
            return true;
        if (word.Length >= 60)
            return false;
        return Stem(word, "s", "") || Stem(word, "es", "") || Stem(word, "ies", "y") || Stem(word, "ed", "") || Stem(word, "ed", "e")
            || Stem(word, "ied", "y") || Stem(word, "ing", "") || Stem(word, "ing", "e") || Stem(word, "ly", "") || Stem(word, "ily", "y")
            || Stem(word, "er", "") || Stem(word, "er", "e") || Stem(word, "est", "") || Stem(word, "ier", "y") || Stem(word, "iest", "y")
            || Doubled(word, "ing") || Doubled(word, "ed") || Doubled(word, "er");

        bool Stem(ReadOnlySpan<char> w, string suffix, string replacement)
        {
            if (w.Length <= suffix.Length + 2 || !w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return false;
            var stem = w[..^suffix.Length];
            if (replacement.Length == 0)
                return _words.Contains(stem);
            Span<char> buffer = stackalloc char[64];
            stem.CopyTo(buffer);
            replacement.AsSpan().CopyTo(buffer[stem.Length..]);
            return _words.Contains(buffer[..(stem.Length + replacement.Length)]);
        }

        // "stopped" → "stop", "running" → "run".
        bool Doubled(ReadOnlySpan<char> w, string suffix) =>
            w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            && char.ToLowerInvariant(w[^(suffix.Length + 1)]) == char.ToLowerInvariant(w[^(suffix.Length + 2)])
            && _words.Contains(w[..^(suffix.Length + 1)]);
    }

    /// <summary>"Beijing's" → "Beijing", "bloc’s" → "bloc": the possessive may stay on a token.</summary>
    internal static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word[^2] is '\'' or '’') && (word[^1] is 's' or 'S') ? word[..^2] : word;
}
