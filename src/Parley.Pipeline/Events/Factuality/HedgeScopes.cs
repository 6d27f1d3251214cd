using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Where a hedge word before a clause speaks of it, and where the same word is something else (round 67, rule
/// <c>scope.hedge-word</c>). "Officials doubt that the army attacked" leaves the attack open, but:
/// <list type="bullet">
/// <item>a contrast or a new clause after the hedge ends its reach: "voiced doubts that the target could be met, though both
/// signed the declaration", "has yet to say whether he will run, but his supporters staged rallies";</item>
/// <item>the word used as a noun hedges nothing: "police detained several suspects", "named six people as suspects in",
/// "spread fear through the city", "a little before midnight", "had no doubt";</item>
/// <item>a verb of reckoning hedges only the "that" (or "on") clause it takes: "is betting that ...", not "an online gambling hub";</item>
/// <item>"seen" after a nominal act hedges it only as "seen as": "talks are seen as unlikely", not "Washington had seen letters".</item>
/// </list>
/// </summary>
internal static class HedgeScopes
{
    private static FrozenSet<string> Set(params string[] words) => FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words);

    /// <summary>Words that end the reach of a hedge before them: a contrast or a clause of its own.</summary>
    private static readonly FrozenSet<string> s_contrasts = Set("but", "though", "although", "while", "whereas", ";");

    /// <summary>Words before a hedge word that make it a noun: a determiner, a quantifier, a number word or "as".</summary>
    private static readonly FrozenSet<string> s_determiners = Set("the", "a", "an", "several", "some", "many", "few", "no", "any", "as",
        "his", "her", "their", "its", "our", "my", "your", "these", "those", "other", "more", "most", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "dozens", "key", "main", "alleged", "chief", "prime", "suspected",
        "'s", "’s", "without", "beyond");

    /// <summary>Words after a hedge word that make it a noun: a preposition or a coordinator.</summary>
    private static readonly FrozenSet<string> s_nounFollowers = Set([.. Cues.Prepositions, "through", "within", "without", "across",
        "around", "near", "outside", "inside", "since", "until", "and", "or", "were", "was", "had", "have", "has", "who", "whom"]);

    /// <summary>Hedge words that are also nouns: "several suspects", "spread fear", "a little", "had no doubt".</summary>
    private static readonly FrozenSet<string> s_nouns = Set("suspect", "suspects", "fear", "fears", "doubt", "doubts", "little",
        "rumors", "rumours", "speculation");

    /// <summary>Verbs of reckoning that hedge only the clause they take: "is betting that ...", "calculating that ...".</summary>
    private static readonly FrozenSet<string> s_reckoning = Set("calculating", "calculates", "calculated", "betting", "gambling",
        "reckoning", "reckons", "assuming", "assumes");

    /// <summary>The first token after the last contrast or clause of its own before <paramref name="clauseStart"/>, or <paramref name="from"/>.</summary>
    public static int AfterContrast(Document document, int from, int clauseStart)
    {
        var contrasts = s_contrasts.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = clauseStart - 1; t > from; t--)
            if (contrasts.Contains(document.Slice(document.Tokens[t].Range)))
                return t + 1;
        return from;
    }

    /// <summary>Whether the hedge word at <paramref name="hedge"/> introduces what follows it, rather than naming a thing.</summary>
    public static bool Introduces(Document document, int hedge, int clauseStart)
    {
        var next = hedge + 1 < document.Tokens.Length ? document.Slice(document.Tokens[hedge + 1].Range) : "";
        if (s_reckoning.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[hedge].Range)))
            return next is "that" or "on";
        if (next is "that" or "whether" or "if" || !s_nouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[hedge].Range)))
            return true;
        var previous = hedge > 0 ? document.Slice(document.Tokens[hedge - 1].Range) : "";
        if (s_determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous) || previous.Length > 0 && char.IsDigit(previous[0]))
            return false;
        return hedge + 1 >= clauseStart || !(document.Tokens[hedge + 1].Is(TokenShape.Punctuation) || s_nounFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next));
    }

    /// <summary>"Washington had seen letters": "seen" hedges a nominal act before it only as "seen as".</summary>
    public static bool SeenBare(Document document, int t, int sentenceEnd) =>
        document.Slice(document.Tokens[t].Range).Equals("seen", StringComparison.OrdinalIgnoreCase)
        && !(t + 1 < sentenceEnd && document.Slice(document.Tokens[t + 1].Range).Equals("as", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "Governor Hope Uzodimma", "Prime Minister Theresa May", "the No campaign", "the Election Commission": a word spelled with a
    /// capital after another word of its sentence is a name, not a cue of any of the checks (lists or verbs such as "commission").
    /// After a quote, a colon or a dash it may open a sentence of its own ("“If ...").
    /// </summary>
    public static bool NamedCue(Document document, int t, ReadOnlySpan<char> text)
    {
        var token = document.Tokens[t];
        if (t == 0 || !token.Is(TokenShape.Capitalized) || token.Is(TokenShape.AllCaps) || text.Length < 2)
            return false;
        var previous = document.Tokens[t - 1];
        if (previous.Is(TokenShape.Punctuation) && document.Slice(previous.Range) is not ",")
            return false;
        return document.SentenceAt(token.Start) is not (>= 0 and var s) || document.Sentences[s].FirstToken < t;
    }
}
