using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "..., a charge New Delhi quickly rejected", "..., a claim the government rejected": a rejection whose object is an
/// accusation told just before it, heading the relative clause the verb ends, denies that accusation (016), as "rejected the
/// allegations" does; the bare verb's row reads a rejection of a demand or a plan (120).
/// </summary>
internal static class DeniedCharges
{
    /// <summary>How many words may stand between the accusation noun and the verb ("a charge the Indian government quickly rejected").</summary>
    private const int Reach = 7;

    /// <summary>True when <paramref name="trigger"/>, one verb ending its clause, has an accusation noun after ", a" before it as its object.</summary>
    public static bool Denies(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Pattern.Kind != TriggerKind.Verb || trigger.EndToken - trigger.FirstToken != 1)
            return false;
        if (trigger.EndToken < sentence.EndToken && document.Slice(document.Tokens[trigger.EndToken].Range) is var next
            && next.Length > 0 && char.IsLetterOrDigit(next[0]) && !TimeWord(next))
            return false; // "rejected the plan": the verb has its own object
        for (var t = trigger.FirstToken - 1; t - 2 >= sentence.FirstToken && t >= trigger.FirstToken - Reach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "," or ";" or ":")
                return false;
            if (s_accusations.Contains(word))
                return document.Slice(document.Tokens[t - 1].Range) is "a" or "an" && document.Slice(document.Tokens[t - 2].Range) is ",";
        }
        return false;
    }

    private static bool TimeWord(ReadOnlySpan<char> word) => s_timeWords.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_accusations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "charge", "claim", "accusation", "allegation", "assertion").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_timeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "on", "in", "last", "this", "earlier", "later", "today", "yesterday", "outright", "immediately", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday").GetAlternateLookup<ReadOnlySpan<char>>();
}
