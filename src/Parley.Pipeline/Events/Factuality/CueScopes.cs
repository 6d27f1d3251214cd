using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Where a factuality cue stops governing (round 29). A cue inside a relative clause closed by a comma is that clause's
/// ("Peru, which doubts the plan, expelled the envoy": the expulsion is asserted; rule <c>scope.relative</c>; so are a clause of
/// concession or reason: "Chile, although it did not vote, backed the plan"); and a modal or
/// a "did not" takes bare verbs only, so a finite verb coordinated after "and" is out of its reach ("Chile would resign its
/// seat and was ready to talk", "Peru did not vote and walked out"; rule <c>scope.finite-conjunct</c>).
/// </summary>
internal static class CueScopes
{
    private static FrozenSet<string> Set(params string[] words) => FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words);

    private static readonly FrozenSet<string> s_relatives = Set("which", "who", "whom", "whose");

    /// <summary>Free relatives that open a sentence: "Whoever did not flee, the militia detained".</summary>
    private static readonly FrozenSet<string> s_freeRelatives = Set("whoever", "whatever", "whichever", "whomever");

    /// <summary>
    /// Subordinators of a clause of concession, contrast or reason: "Chile, although it did not vote, backed the plan",
    /// "Because Peru never signed, Chile sued": their cues stay inside. "if" and "unless" are left out: a condition does govern.
    /// </summary>
    private static readonly FrozenSet<string> s_concessives = Set("although", "though", "whereas", "because");

    /// <summary>Modals and do-forms: each takes a bare verb, never a finite one.</summary>
    private static readonly FrozenSet<string> s_bareTakers = Set("may", "might", "could", "would", "should", "can", "will", "shall", "must",
        "'ll", "’ll", "wo", "ca", "did", "does", "do", "cannot", "won't", "can't", "didn't", "doesn't", "don't", "wouldn't", "couldn't", "shouldn't",
        "won’t", "can’t", "didn’t", "doesn’t", "don’t", "wouldn’t", "couldn’t", "shouldn’t");

    /// <summary>Finite auxiliaries that cannot stand under a modal: "would resign and was ready", "may leave and has said".</summary>
    private static readonly FrozenSet<string> s_finiteAuxiliaries = Set("was", "were", "is", "are", "had", "has", "did", "does");

    /// <summary>What may follow a modal before a participle, which "and" may then share: "would be arrested and questioned".</summary>
    private static readonly FrozenSet<string> s_participleHosts = Set("be", "been", "being", "have", "’ve", "'ve", "get", "got", "having");

    /// <summary>How far after a finite auxiliary the trigger may stand: "and was ready to", "and had earlier expelled".</summary>
    private const int AuxiliaryReach = 3;

    /// <summary>How far a modal may stand before the verb it takes, over adverbs and "not": "would not immediately sign".</summary>
    private const int VerbReach = 3;

    /// <summary>
    /// The token closing a relative clause that opens at <paramref name="token"/> and ends before <paramref name="end"/>, or -1:
    /// ", which considers X part of its territory," or a sentence's opening "Whoever did not leave,". The trigger after it is
    /// not the relative clause's verb, so its cues do not govern the trigger.
    /// </summary>
    public static int RelativeClauseEnd(Document document, int token, int end, int fromToken)
    {
        var text = document.Slice(document.Tokens[token].Range);
        var opens = text is "," && token + 1 < end && (s_relatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token + 1].Range))
                || s_concessives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token + 1].Range)))
            || token <= fromToken + 1 && (s_freeRelatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || s_concessives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text));
        if (!opens)
            return -1;
        for (var t = token + 2; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ",")
                return t;
            if (word is ";" or ":" or "." or "—" or "–" or "(" or ")")
                return -1;
        }
        return -1;
    }

    /// <summary>
    /// "Chile, although it did not vote, praised the plan": when the cues start inside a relative or concessive clause (its
    /// opener just before <paramref name="fromToken"/>) that a comma closes before <paramref name="end"/>, they start after
    /// that comma. Returns the new start, or <paramref name="fromToken"/>.
    /// </summary>
    public static int PastOpenClause(Document document, int fromToken, int end)
    {
        var opened = false;
        for (var t = fromToken; t >= 0 && t >= fromToken - OpenerReach && !opened; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "," or "." or ";" or ":")
                break;
            opened = s_concessives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || s_relatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text)
                && t > 0 && document.Slice(document.Tokens[t - 1].Range) is ",";
        }
        if (!opened)
            return fromToken;
        for (var t = fromToken; t < end; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is ",")
                return t + 1;
            if (text is ";" or ":" or "." or "—" or "–")
                return fromToken;
        }
        return fromToken;
    }

    /// <summary>How far before the cues' start the opener of their clause may stand: "although it", "which Peru".</summary>
    private const int OpenerReach = 2;

    /// <summary>
    /// Whether the modal or do-form cue at <paramref name="cue"/> is out of reach of the trigger because a finite verb joined by
    /// "and" stands between: the trigger itself is a past form after "and", or follows a finite auxiliary after "and".
    /// </summary>
    public static bool BeforeFiniteConjunct(Document document, int cue, int trigger)
    {
        var bareTaker = BareTaker(document, cue);
        if (bareTaker < 0 || trigger >= document.Tokens.Length || HostsParticiple(document, bareTaker, trigger))
            return false;
        for (var t = cue + 1; t < trigger; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (!word.Equals("and", StringComparison.OrdinalIgnoreCase))
                continue;
            var next = document.Slice(document.Tokens[t + 1].Range);
            if (t + 1 == trigger && (IsPast(next) || IsPresent(next)))
                return true;
            // "may harm the talks and vows to punish Peru": a finite verb before the trigger's "to"
            if (t + 3 == trigger && (IsPast(next) || IsPresent(next)) && document.Slice(document.Tokens[t + 2].Range) is "to")
                return true;
            if (s_finiteAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next) && trigger - (t + 1) <= AuxiliaryReach)
                return true;
        }
        return false;
    }

    /// <summary>
    /// "said they would pull back from towns captured last year": a past form right after a noun, with no "be" or "have" before
    /// it, is a participle describing that noun, not the verb a modal or "did not" takes (modals take bare verbs), so the cue
    /// does not reach it (round 29, rule <c>scope.reduced-relative</c>).
    /// </summary>
    public static bool DescribingParticiple(Document document, int cue, int trigger)
    {
        if (BareTaker(document, cue) < 0 || trigger >= document.Tokens.Length || trigger - cue < 3)
            return false;
        var word = document.Slice(document.Tokens[trigger].Range);
        if (!IsPast(word) || word.EndsWith("eed", StringComparison.OrdinalIgnoreCase) || s_bareLikePasts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return false;
        var before = document.Slice(document.Tokens[trigger - 1].Range);
        return document.Tokens[trigger - 1].Is(TokenShape.Word) && !before.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
            && !s_participleHosts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) && !s_finiteAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before)
            && !s_bareTakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before)
            && before is not ("and" or "or" or "not" or "n't" or "n’t" or "never" or "also" or "then" or "had" or "am" or "gotten" or "become" or "became" or "remain" or "remained" or "stay" or "stayed" or "feel" or "felt" or "seem" or "seemed");
    }

    /// <summary>Past forms spelt as their bare verb: "would cut aid", "could hit Kyiv".</summary>
    private static readonly FrozenSet<string> s_bareLikePasts = Set("cut", "hit", "put", "set", "shut", "quit", "let", "spread", "cast", "cost",
        "hurt", "burst", "bid", "beat", "read", "come", "become", "run", "overcome", "shed", "upset", "broadcast", "forecast", "offset");

    /// <summary>Whether <paramref name="word"/> is a past form that is also a bare verb a modal may take ("cut", "put", "set").</summary>
    internal static bool IsBareLikePast(ReadOnlySpan<char> word) => s_bareLikePasts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The modal or do-form the cue belongs to: the cue itself, or the word before "not"/"n't"; -1 when none.</summary>
    private static int BareTaker(Document document, int cue)
    {
        var lookup = s_bareTakers.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = document.Slice(document.Tokens[cue].Range);
        if (lookup.Contains(text))
            return cue;
        return text is "not" or "n't" or "n’t" && cue > 0 && lookup.Contains(document.Slice(document.Tokens[cue - 1].Range)) ? cue - 1 : -1;
    }

    /// <summary>"would be arrested and questioned", "could have attacked and destroyed": the verbs after "and" are participles.</summary>
    private static bool HostsParticiple(Document document, int modal, int trigger)
    {
        for (var t = modal + 1; t < trigger && t <= modal + VerbReach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (s_participleHosts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return true;
            if (word is not ("not" or "n't" or "n’t" or "also" or "then" or "now" or "soon" or "immediately" or "only" or "still" or "never"))
                return false;
        }
        return false;
    }

    /// <summary>A third-person present form: "urges", "continues" (not "discuss", "press").</summary>
    private static bool IsPresent(ReadOnlySpan<char> word) =>
        word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal);

    internal static bool IsPast(ReadOnlySpan<char> word) =>
        word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Inflections.IsIrregularPast(word);
}
