using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// A state's forces striking "the Chechen stronghold of Bamut", "the rebel town of X", "a Kashmiri village": a settlement
/// named only by its region, people or holders, with no country of its own, lies where the state fights at home; a
/// country's demonym in the phrase ("the Lebanese town of ...") places it there instead.
/// </summary>
internal static class AttackedSettlements
{
    /// <summary>Nouns of an inhabited place or a held position.</summary>
    private static readonly FrozenSet<string> Settlements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "stronghold", "strongholds", "town", "towns", "village", "villages", "city", "hamlet", "district", "region", "province", "enclave", "bastion",
        "redoubt", "hideout", "hideouts", "positions");

    /// <summary>Whether the word is a noun of an inhabited place or a held position ("village", "stronghold").</summary>
    public static bool IsSettlement(ReadOnlySpan<char> word) => Settlements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>How many words after the trigger the settlement noun may stand ("the mountain Chechen rebel stronghold").</summary>
    private const int Window = 5;

    /// <summary>The settlement's country as the attack's target; null when none follows the trigger or the source is no state's force.</summary>
    public static EventActor? Of(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch trigger, string plover, List<EventActor> source)
    {
        if (plover != "ASSAULT" || source.Count == 0 || source[0].Code.Country is not { Length: 3 } own || own is "IGO" or "NGO" or "MNC" or "---"
            || source[0].Code.Sector is not null && !Sectors.IsGovernmentOrForce(source[0].Code.Sector) || Undergoers.IsPassive(document, trigger))
            return null;
        var settlements = Settlements.GetAlternateLookup<ReadOnlySpan<char>>();
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = Targets.ObjectStart(document, trigger);
        // "bombed the town", "fired on rebel positions": the object or a preposition's object.
        if (start < sentence.EndToken && document.Slice(document.Tokens[start].Range) is "on" or "at" or "against")
            start++;
        for (var t = start; t < sentence.EndToken && t < start + Window; t++)
        {
            // "fired missiles at a car in Gaza City", "fight to control villages": past a preposition the phrase is another thing's.
            if (document.Tokens[t].Is(TokenShape.Punctuation) && document.Slice(document.Tokens[t].Range) is not "-" || prepositions.Contains(document.Slice(document.Tokens[t].Range)))
                return null;
            // "Gaza City": a capitalised noun is part of a place's name, which the location rule reads.
            if (!settlements.Contains(document.Slice(document.Tokens[t].Range)) || document.Tokens[t].Is(TokenShape.Capitalized))
                continue;
            // "attacked the town": a bare settlement is one the story named before, wherever that was; only a described one is placed.
            if (!Described(document, start, t))
                return null;
            var named = TargetHomes.Named(document, kb, new TargetPhrase(start, t, ""), sentence.EndToken);
            var country = named?.Country ?? own;
            if (country is not { Length: 3 } || country == "---")
                return null;
            var range = new TextRange(document.Tokens[start].Start, document.Tokens[t].End);
            return new EventActor(range, Jurisdictions.StateEntity(document, country) ?? named?.Entity ?? source[0].Entity, document.TextOf(range), new ActorCode(country, null), null, ActorRole.Place);
        }
        return null;
    }

    private static bool Described(Document document, int start, int head)
    {
        for (var t = start; t < head; t++)
            if (document.Slice(document.Tokens[t].Range) is not ("the" or "a" or "an" or "The" or "A" or "An"))
                return true;
        return false;
    }
}
