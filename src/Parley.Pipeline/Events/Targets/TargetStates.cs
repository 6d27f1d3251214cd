using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// The state itself as the other side of an act at home that names no one: a state of emergency or a ban is imposed on its
/// own country, and people who strike or march with no one named protest against their own state.
/// </summary>
internal static class TargetStates
{
    /// <summary>
    /// "imposed a state of emergency", "declared martial law", "banned the book", "dispersed with tear gas": a state's
    /// restriction of freedoms or repression (CAMEO 172, 175) that names no one and no place is aimed at its own country;
    /// null for other acts and for a source that is no state's body.
    /// </summary>
    public static EventActor? Restricted(Document document, KnowledgeBase kb, TriggerMatch trigger, string cameo, List<EventActor> source)
    {
        // Bare "restrictions" or a nominal "ban on chips" may be trade curbs on another country: only a verb's ban, or a named
        // restriction of freedoms (1721-1724), is surely at home.
        var domestic = cameo.Length == 4 && cameo.StartsWith("172", StringComparison.Ordinal) || cameo.StartsWith("175", StringComparison.Ordinal)
            || cameo == "172" && trigger.Pattern.Mode == "ban" && trigger.Pattern.Kind != TriggerKind.Noun;
        if (!domestic || source.Count == 0
            || source[0].Code.Country is not { Length: 3 } country || country is "IGO" or "NGO" or "MNC" or "IMG" or "---"
            || source[0].Code.Sector is not null && !Sectors.IsState(source[0].Code.Sector) || !kb.Countries.TryGetValue(country, out var state))
            return null;
        return new(trigger.Range, Jurisdictions.StateEntity(document, country) ?? source[0].Entity, state.Name, new ActorCode(country, null), null);
    }

    /// <summary>
    /// "Coal miners stayed off work, demanding their wages", "students marched through the capital": people who protest and
    /// name no one (no ruler, no place abroad) protest at home, against their own state; null for a state's own bodies, whose
    /// protests are diplomatic, and for sources of no country.
    /// </summary>
    public static EventActor? Protested(Document document, KnowledgeBase kb, TriggerMatch trigger, List<EventActor> source)
    {
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } country || country is "IGO" or "NGO" or "MNC" or "IMG" or "---"
            || source[0].Code.Sector is null || Sectors.IsState(source[0].Code.Sector) || !kb.Countries.TryGetValue(country, out var state))
            return null;
        return new(trigger.Range, Jurisdictions.StateEntity(document, country) ?? source[0].Entity, state.Name, new ActorCode(country, "GOV"), null);
    }
}
