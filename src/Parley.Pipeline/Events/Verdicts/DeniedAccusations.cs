using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Chile accused Peru of arming the rebels. ... Peru's foreign minister rejected the charge, telling the assembly ...",
/// "Lima dismissed the accusations as baseless": a denial whose object is an accusation named by what it is (a charge, the
/// claims, such allegations, the criticism) answers the accusation, so it is aimed at the accuser, not at the body it was told
/// to nor at the denier's own country. This class reads the object; <see cref="EventCoder"/>'s accuser finisher finds the author
/// (the one a by- or from-phrase names, else the story's latest accuser of the denier's side).
/// A phrase that names an actor of its own ("the Russian criticism", "Lima's claims") is read as before. Tried and left out:
/// "rejected any wrongdoing" (the accuser is as often the denier's own prosecutors as a foreign state told before).
/// </summary>
internal static class DeniedAccusations
{
    /// <summary>Nouns that name an accusation or a charge by what it is.</summary>
    private static readonly FrozenSet<string> s_chargeNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim", "claims", "criticism", "criticisms",
        "assertion", "assertions", "suggestion", "suggestions", "report", "reports", "findings", "account", "remarks", "comments");

    /// <summary>How many modifiers may stand between the determiner and the noun: "the genocide charge", "the latest such claims".</summary>
    private const int ModifierReach = 3;

    /// <summary>
    /// The token of the accusation noun the denial's object opens with, right after the verb or inside a trigger that spans it
    /// ("rejected the accusations as unfounded"); a determiner ("the", "these", "such", "those", "that", "all the") or a bare plural
    /// ("denied accusations of ..."); null when the object is no such phrase or names an actor (a capitalised word) before its noun.
    /// </summary>
    public static int? Noun(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var at = trigger.EndToken - trigger.FirstToken > 1 && IsDeterminer(Word(document, trigger.FirstToken + 1))
            ? trigger.FirstToken + 1 : Targets.ObjectStart(document, trigger);
        if (at >= sentence.EndToken)
            return null;
        if (!IsDeterminer(Word(document, at)))
            return s_chargeNouns.Contains(Word(document, at).ToString()) && Word(document, at).EndsWith('s') ? at : null;
        for (var t = at + 1; t < sentence.EndToken && t <= at + ModifierReach; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation) && Word(document, t) is not "-" || document.Tokens[t].Is(TokenShape.Capitalized))
                return null;
            if (s_chargeNouns.Contains(Word(document, t).ToString()))
                return t;
        }
        return null;
    }

    /// <summary>How many sentences back the accusation a denial answers may have been told.</summary>
    private const int Reach = 12;

    /// <summary>
    /// The accuser of the story's latest accusation (ACCUSE, not negated) of the last <see cref="Reach"/> sentences aimed at the
    /// denier's country, by another country ("Chile accused Peru ..." for Peru's denial); the accused of the same country but
    /// another sector is another side ("the Taliban" accused is not the government that denies). Null when there is none.
    /// </summary>
    public static EventActor? LatestAccuser(DiscourseContext context, List<EventActor> denier)
    {
        if (!CanBeAccused(denier))
            return null;
        for (var i = context.Deeds.Count - 1; i >= 0; i--)
        {
            var (e, sentence) = context.Deeds[i];
            if (context.Sentence - sentence > Reach)
                break;
            if (e.Plover == "ACCUSE" && Accuses(e.Target, denier) && AccuserOf(e.Source, denier) is { } accuser)
                return accuser;
        }
        return null;
    }

    /// <summary>Whether the denier is a state's side an accusation can be aimed at (a country, not an IGO or NGO).</summary>
    internal static bool CanBeAccused(List<EventActor> denier) =>
        denier[0].Code.Country is { Length: 3 } country && country is not ("IGO" or "NGO" or "---");

    /// <summary>
    /// Whether an accusation's <paramref name="accused"/> is the denier's side: its country, with its sector or none; the accused of
    /// the same country but another sector is another side ("the Taliban" accused is not the government that denies).
    /// </summary>
    internal static bool Accuses(IEnumerable<EventActor> accused, List<EventActor> denier)
    {
        var (country, sector) = (denier[0].Code.Country, denier[0].Code.Sector);
        return accused.Any(a => a.Code.Country == country && (a.Code.Sector is null || sector is null || a.Code.Sector == sector));
    }

    /// <summary>The first of an accusation's <paramref name="accusers"/> of another country than the denier's; null when none.</summary>
    internal static EventActor? AccuserOf(IEnumerable<EventActor> accusers, List<EventActor> denier) =>
        accusers.FirstOrDefault(a => a.Code.Country is { Length: 3 } c && c != denier[0].Code.Country && c != "---");

    private static bool IsDeterminer(ReadOnlySpan<char> word) => word is "the" or "these" or "such" or "those" or "that" or "this" or "all";

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
