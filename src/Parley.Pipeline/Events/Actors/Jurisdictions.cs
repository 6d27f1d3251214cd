using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// A state institution named without its country acts within its own jurisdiction: "A court later sentenced the
/// Guatemalan publisher", "Prosecutors charged the Kenyan senator", "authorities arrested the Turkish mayor" are the
/// courts, prosecutors and authorities of the country of the one they act on.
/// </summary>
internal static class Jurisdictions
{
    /// <summary>Bare nouns that name a state's own institution; soldiers and troops are left out, as they often serve abroad.</summary>
    private static readonly FrozenSet<string> Institutions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "court", "courts", "judge", "judges", "prosecutor", "prosecutors", "prosecution", "tribunal", "magistrate", "magistrates",
        "supreme court", "high court", "appeals court", "constitutional court", "military court", "police", "authorities", "government",
        "regime", "junta", "army", "military", "security forces", "attorney general", "interior ministry", "justice ministry");

    /// <summary>Words that may stand between the institution and its verb: "A court later sentenced", "police have arrested".</summary>
    private static readonly FrozenSet<string> Between = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "later", "also", "then", "again", "has", "have", "had", "on", "last", "week", "month", "year", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "this", "earlier", "subsequently", "eventually", "previously", "reportedly", "swiftly");

    /// <summary>The institution noun heading the subject of the trigger at <paramref name="triggerToken"/>, with its sector; null if none.</summary>
    public static (TextRange Range, string Sector)? Institution(Document document, KnowledgeBase kb, int clauseStart, int triggerToken)
    {
        var between = Between.GetAlternateLookup<ReadOnlySpan<char>>();
        var t = triggerToken - 1;
        while (t >= clauseStart && t >= triggerToken - 4 && (between.Contains(document.Slice(document.Tokens[t].Range)) || IsAdverb(document, t)))
            t--;
        if (t < clauseStart)
            return null;
        var institutions = Institutions.GetAlternateLookup<ReadOnlySpan<char>>();
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        // The longest phrase first: "appeals court", "security forces".
        for (var first = Math.Max(clauseStart, t - 1); first <= t; first++)
        {
            var range = new TextRange(document.Tokens[first].Start, document.Tokens[t].End);
            var phrase = document.Slice(range);
            if (!institutions.Contains(phrase) || !Bare(document, first, clauseStart))
                continue;
            var sector = agents.TryGetValue(phrase, out var agent) && agent.Sector.Length > 0 ? agent.Sector
                : phrase.Contains("court", StringComparison.OrdinalIgnoreCase) || phrase.Contains("judge", StringComparison.OrdinalIgnoreCase) ? "JUD" : "GOV";
            return (range, sector);
        }
        return null;
    }

    /// <summary>
    /// The institution as an actor of the country of the first one it acts on; null when that one has no country of its
    /// own or, for the army, is a state (an army acting on a state may well be another state's).
    /// </summary>
    public static EventActor? Actor(Document document, TextRange range, string sector, List<EventActor> target)
    {
        foreach (var t in target)
        {
            if (t.Code.Country is not { Length: 3 } country || country is "IGO" or "NGO" or "MNC" or "---")
                continue;
            if (sector == "MIL" && t.Code.Sector is null or "GOV" or "MIL")
                return null;
            return new EventActor(range, StateEntity(document, country) ?? t.Entity, document.TextOf(range), new ActorCode(country, sector), null);
        }
        return null;
    }

    /// <summary>"the court", "a judge", "Prosecutors": nothing but an article, a comma or a conjunction before the noun.</summary>
    private static bool Bare(Document document, int first, int clauseStart) =>
        first == clauseStart || document.Tokens[first - 1].Is(TokenShape.Punctuation)
        || document.Slice(document.Tokens[first - 1].Range) is "the" or "The" or "a" or "A" or "an" or "An" or "and" or "but" or "then";

    private static bool IsAdverb(Document document, int t) =>
        document.Tokens[t].Is(TokenShape.Word) && document.Slice(document.Tokens[t].Range).EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    /// <summary>A mention of the country itself, so the actor points at the state's entity rather than at the one it acts on.</summary>
    internal static int? StateEntity(Document document, string country)
    {
        var key = "country:" + country;
        for (var i = 0; i < document.Entities.Length; i++)
            if (document.Entities[i].KbKey == key)
                return i;
        return null;
    }
}
