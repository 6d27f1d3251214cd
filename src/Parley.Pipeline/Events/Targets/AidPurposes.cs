using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "pledged $200 million to support the peacekeeping force in Somalia", "promised 50 million euros for relief in Sudan": money
/// pledged or given for a purpose goes to the country its purpose phrase places it in, when the pledge names no recipient.
/// </summary>
internal static class AidPurposes
{
    /// <summary>Verbs of a purpose infinitive that spends the money on someone ("to support", "to help", "to fund").</summary>
    private static readonly FrozenSet<string> PurposeVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "support", "help", "fund", "finance", "aid", "assist", "rebuild", "reconstruct", "feed", "shelter", "bolster", "back", "stabilise", "stabilize");

    /// <summary>How many words after the pledge its purpose may start ("pledged | more than $300 million | to support").</summary>
    private const int PurposeWindow = 8;

    /// <summary>
    /// The place the purpose of <paramref name="trigger"/>'s pledge lies in, as an actor of its country (no sector); null when
    /// the pledge has no purpose phrase, the phrase names no place before its clause ends, or the place is the source's own.
    /// </summary>
    public static EventActor? Of(Document document, Sentence sentence, TriggerMatch trigger, string? sourceCountry)
    {
        var verbs = PurposeVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var purpose = -1;
        for (var t = trigger.EndToken - 1; t + 1 < sentence.EndToken && t < trigger.EndToken + PurposeWindow; t++)
        {
            if (t >= trigger.FirstToken && document.Slice(document.Tokens[t].Range) is "to" && verbs.Contains(document.Slice(document.Tokens[t + 1].Range)))
            {
                purpose = t + 1;
                break;
            }
            if (t >= trigger.EndToken && document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
        }
        if (purpose < 0)
            return null;
        // The purpose phrase runs to the clause's next comma or end; its first place with a country names the recipient.
        var end = sentence.End;
        for (var t = purpose + 1; t < sentence.EndToken; t++)
            if (document.Tokens[t].Is(TokenShape.Punctuation))
            {
                end = document.Tokens[t].Start;
                break;
            }
        var from = document.Tokens[purpose].End;
        var k = document.FirstPlaceFrom(from);
        if (k >= document.Places.Length || document.Places[k].End > end)
            return null;
        var p = document.Places[k];
        // "a region of several countries" names none of them; the source's own land is no recipient abroad.
        if (p.Where.Country is not { Length: 3 } country || country == "---" || country == sourceCountry)
            return null;
        return document.MentionOver(p.Start, p.End) is var m and >= 0
            ? new EventActor(new TextRange(p.Start, p.End), document.Mentions[m].Entity, p.Where.Name, new ActorCode(country, null), null, ActorRole.Place)
            : null;
    }
}
