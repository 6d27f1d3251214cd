using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "threatened to send troops into the Kivu region, which is governed by neighbouring Congo": troops sent into land that a
/// relative clause says another state administers, governs, controls or holds face that state.
/// </summary>
internal static class SentDestinations
{
    /// <summary>How many words after the act its "into" may stand ("send | troops | into", "deploy | its army | into").</summary>
    private const int IntoWindow = 4;

    /// <summary>Participles that say who holds a place: "administered by", "governed by".</summary>
    private static readonly FrozenSet<string> HeldBy = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "administered", "governed", "controlled", "ruled", "held", "run", "occupied");

    /// <summary>
    /// The mention of the side that holds the land <paramref name="act"/> sends forces into: the agent of "administered by"
    /// (or another <see cref="HeldBy"/> participle) after the "into" that follows the act; null when the sentence says no such thing.
    /// </summary>
    public static int? Holder(Document document, Sentence sentence, TriggerMatch act)
    {
        var into = -1;
        for (var t = act.EndToken; t < sentence.EndToken && t < act.EndToken + IntoWindow; t++)
            if (document.Slice(document.Tokens[t].Range) is "into")
            {
                into = t;
                break;
            }
        if (into < 0)
            return null;
        for (var t = into + 1; t + 1 < sentence.EndToken; t++)
        {
            if (!HeldBy.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))
                || document.Slice(document.Tokens[t + 1].Range) is not "by")
                continue;
            // The holder is the name right after "by", past a word such as "neighbouring".
            var after = document.Tokens[t + 1].Range.End;
            var k = document.FirstMentionFrom(after);
            var limit = document.Tokens[Math.Min(t + 3, sentence.EndToken - 1)].Range.End;
            return k < document.Mentions.Length && document.Mentions[k].Start < limit ? k : null;
        }
        return null;
    }
}
