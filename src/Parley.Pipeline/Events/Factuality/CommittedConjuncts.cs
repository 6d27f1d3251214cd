using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The bloc said it had not been consulted and remained committed to talks", "said it had no intention of invading and vowed
/// to keep talking": a past form of a verb of state or commitment right after "and" opens a new predicate of the subject. These
/// verbs make no passive participle that a "been" or "not" before the "and" could share, so the cues before the "and" do not
/// govern the trigger they open or stand right before. The same holds for any past form that takes an object of its own ("said
/// he was not afraid of prosecution and urged the court to ...", "said it had seen no evidence of fraud and called on all
/// parties to ...": a passive participle takes no object) and for an "-ing" form coordinated with an earlier participle
/// clause ("..., saying the toll was likely higher and demanding an inquiry"): round 66, rule <c>scope.object-conjunct</c>.
/// </summary>
internal static class CommittedConjuncts
{
    /// <summary>Past forms that are never a passive participle shared over "and": "remained", "vowed", "insisted".</summary>
    private static readonly FrozenSet<string> s_verbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "remained", "stayed", "vowed", "swore", "pledged", "insisted", "reiterated", "reaffirmed", "stressed", "added");

    /// <summary>Words that open an object right after a verb: "urged the court", "accused Pretoria", "asked them".</summary>
    private static readonly FrozenSet<string> s_objectStarts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "his", "her", "its", "their", "our", "all", "both", "several", "some", "him", "them", "it", "us", "that");

    /// <summary>Cues a coordinated verb still shares: a condition or a question ("if Moscow attacked X and seized Y").</summary>
    private static readonly FrozenSet<string> s_sharedCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "if", "unless", "whether", "lest");

    /// <summary>Modals that a "have" makes share a perfect participle over "and": "may have attacked X and killed Y".</summary>
    private static readonly FrozenSet<string> s_modals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "may", "might", "could", "would", "should", "must", "can", "will");

    /// <summary>The "and" before such a verb at the trigger or right before it, when it stands after <paramref name="fromToken"/>; else <paramref name="fromToken"/>.</summary>
    public static int After(Document document, int fromToken, int triggerToken)
    {
        var verbs = s_verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = Math.Min(triggerToken, document.Tokens.Length - 1); k >= triggerToken - 1 && k - 1 > fromToken; k--)
        {
            if (!document.Slice(document.Tokens[k - 1].Range).Equals("and", StringComparison.OrdinalIgnoreCase))
                continue;
            if (verbs.Contains(document.Slice(document.Tokens[k].Range)) || k == triggerToken && ObjectConjunct(document, fromToken, k))
                return k - 1;
        }
        return fromToken;
    }

    /// <summary>Whether the verb at <paramref name="verb"/>, right after "and", opens a predicate of its own (rule <c>scope.object-conjunct</c>).</summary>
    private static bool ObjectConjunct(Document document, int fromToken, int verb)
    {
        var word = document.Slice(document.Tokens[verb].Range);
        var and = verb - 1;
        if (and - 1 < fromToken || document.Slice(document.Tokens[and - 1].Range) is ",")
            return false; // ", and" is AfterConjunct's
        var shared = s_sharedCues.GetAlternateLookup<ReadOnlySpan<char>>();
        var modals = s_modals.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = fromToken; t < and; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (shared.Contains(text))
                return false;
            if (modals.Contains(text) && t + 2 < and && (document.Slice(document.Tokens[t + 1].Range) is "have"
                || document.Slice(document.Tokens[t + 1].Range) is "not" && document.Slice(document.Tokens[t + 2].Range) is "have"))
                return false;
        }
        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && word.Length > 5)
        {
            // "..., saying the toll was likely higher and demanding an inquiry": coordinated with the participle clause
            for (var t = fromToken + 1; t < and; t++)
                if (document.Slice(document.Tokens[t - 1].Range) is "," && document.Slice(document.Tokens[t].Range) is var p
                    && p.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && p.Length > 5)
                    return true;
            return false;
        }
        if (!CueScopes.IsPast(word) || CueScopes.IsBareLikePast(word) || verb + 1 >= document.Tokens.Length)
            return false;
        var next = verb + 1;
        if (document.Slice(document.Tokens[next].Range) is "on" or "for" && next + 1 < document.Tokens.Length)
            next++; // "called on the government", "called for an inquiry"
        return ObjectStart(document, next);
    }

    private static bool ObjectStart(Document document, int t)
    {
        var text = document.Slice(document.Tokens[t].Range);
        return s_objectStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text)
            || document.Tokens[t].Is(TokenShape.Word) && text.Length > 1 && char.IsUpper(text[0]);
    }
}
