using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// A state's own political order as the thing acted on: "refused to accept the results of the vote", "suspended the
/// constitution", "conceded defeat in the referendum". Elections, charters and emergency rule belong to a country, so the
/// act is aimed at that country: the one the phrase names ("the Venezuelan election", "the vote in Belarus"), else the
/// source's own.
/// </summary>
internal static class TargetInstitutions
{
    /// <summary>Nouns of a country's political order (CAMEO codes rejecting, suspending or conceding them as domestic acts).</summary>
    private static readonly FrozenSet<string> Institutions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "election", "elections", "vote", "polls", "ballot", "referendum", "plebiscite", "runoff", "constitution", "defeat", "emergency");

    /// <summary>Refusals, concessions and coercion: the acts whose object an institution is (a meeting or a deal names its partner).</summary>
    private static readonly FrozenSet<string> Acts = FrozenSet.Create(StringComparer.Ordinal, "REJECT", "CONCEDE", "COERCE");

    /// <summary>How many words after the trigger the institution may stand ("the results of the September presidential elections").</summary>
    private const int Window = 7;

    /// <summary>The country whose institution the trigger acts on, as its actor; null when no institution follows or the source is no state.</summary>
    public static EventActor? Of(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch trigger, string plover, List<EventActor> source)
    {
        if (!Acts.Contains(plover) || source.Count == 0 || source[0].Code.Country is not { Length: 3 } own || own is "IGO" or "NGO" or "MNC" or "---"
            || Undergoers.IsPassive(document, trigger))
            return null;
        var institutions = Institutions.GetAlternateLookup<ReadOnlySpan<char>>();
        var phraseStart = Targets.ObjectStart(document, trigger);
        // "conceded defeat": the institution may be the trigger's own last word.
        var from = trigger.EndToken - 1;
        var end = Math.Min(sentence.EndToken, trigger.EndToken + Window);
        for (var t = from; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            // A clause boundary ends the object: "rejected the offer, saying the vote ..." is another clause's.
            if (t >= trigger.EndToken && (document.Tokens[t].Is(TokenShape.Punctuation) || word is "that" or "which" or "who" or "after" or "before" or "because" or "and" or "but"))
                return null;
            if (!institutions.Contains(word) || word is "emergency" && Modifier(document, t + 1, end))
                continue;
            var first = Math.Min(phraseStart, t);
            var named = TargetHomes.Named(document, kb, new TargetPhrase(first, t, ""), sentence.EndToken);
            var country = named?.Country ?? own;
            if (country is not { Length: 3 } || country == "---")
                return null;
            var entity = Jurisdictions.StateEntity(document, country) ?? named?.Entity ?? source[0].Entity;
            var range = document.Tokens[t].Range;
            return new EventActor(range, entity, document.TextOf(range), new ActorCode(country, null), null);
        }
        return null;
    }

    /// <summary>"eased emergency measures": a noun right after the word makes it a modifier of another thing, not emergency rule.</summary>
    private static bool Modifier(Document document, int next, int end) =>
        next < end && document.Tokens[next].Is(TokenShape.Word)
        && !Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[next].Range));
}
