using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "a judge ordered the two men held in custody", "ordering a massive deployment", "ordered troops to the border": an order
/// with no act Parley codes (a bare <c>frame.order.*</c>, code 100) that asks no one to do anything (no "to" and a verb after
/// it) and is given to no side, or only to the orderer's own country, is a command inside one state, not a demand between
/// two sides; coders code the act ordered (the arrest, the deployment), or nothing. An order to another state or body stays
/// a demand ("the court ordered Israel to allow aid in": IGO -> ISR), and so does one that tells its addressee to act
/// ("ordered landowners to leave the farms", "ordered former minister X to appear"). Round 51 found 16 false of 18 bare
/// orders pooled over the 20 dev CAMEO sets. Reason <c>no-target</c>.
/// </summary>
internal static class InternalOrders
{
    /// <summary>Words after "to" that make it a preposition, not an infinitive marker ("to the border", "to its barracks").</summary>
    private static readonly FrozenSet<string> NounStarts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "all", "some", "any", "each", "every");

    /// <summary>How far past the trigger a "to" of the order may stand ("ordered the national police and the army to ...").</summary>
    private const int Window = 12;

    /// <summary>Whether a bare order (<paramref name="bare"/>: a frame row read with no act) asks no one to act and addresses no other country.</summary>
    public static bool Internal(Document document, Sentence sentence, TriggerMatch trigger, bool bare, List<EventActor> source, List<EventActor> target) =>
        bare && trigger.Pattern.Id.StartsWith("frame.order.", StringComparison.Ordinal)
        && (target.Count == 0 || target.TrueForAll(t => source.Exists(s => s.Code.Country == t.Code.Country)))
        && !AsksToAct(document, sentence, trigger);

    /// <summary>"ordered X to leave": a "to" before the clause ends, followed by a word that starts no noun phrase.</summary>
    private static bool AsksToAct(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var end = Math.Min(sentence.EndToken, trigger.EndToken + Window);
        for (var t = trigger.EndToken; t + 1 < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "," or ";" or ":" or ".")
                return false;
            if (word.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                var next = document.Tokens[t + 1];
                return next.Is(TokenShape.Word) && !NounStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(next.Range));
            }
        }
        return false;
    }
}
