using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The bloc said it had not been consulted and remained committed to talks", "said it had no intention of invading and vowed
/// to keep talking": a past form of a verb of state or commitment right after "and" opens a new predicate of the subject. These
/// verbs make no passive participle that a "been" or "not" before the "and" could share, so the cues before the "and" do not
/// govern the trigger they open or stand right before.
/// </summary>
internal static class CommittedConjuncts
{
    /// <summary>Past forms that are never a passive participle shared over "and": "remained", "vowed", "insisted".</summary>
    private static readonly FrozenSet<string> s_verbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "remained", "stayed", "vowed", "swore", "pledged", "insisted", "reiterated", "reaffirmed", "stressed", "added");

    /// <summary>The "and" before such a verb at the trigger or right before it, when it stands after <paramref name="fromToken"/>; else <paramref name="fromToken"/>.</summary>
    public static int After(Document document, int fromToken, int triggerToken)
    {
        var verbs = s_verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = Math.Min(triggerToken, document.Tokens.Length - 1); k >= triggerToken - 1 && k - 1 > fromToken; k--)
            if (verbs.Contains(document.Slice(document.Tokens[k].Range)) && document.Slice(document.Tokens[k - 1].Range).Equals("and", StringComparison.OrdinalIgnoreCase))
                return k - 1;
        return fromToken;
    }
}
