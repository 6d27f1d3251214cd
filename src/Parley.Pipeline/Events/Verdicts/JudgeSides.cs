using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Whose side a judged deed's doer is on, seen from the judge: the same entity, or one country with both of the state (its
/// government, forces, police, courts, intelligence, or the country named as a place) or both outside it (an opposition, a
/// party, a rights group, a lobby, a person or body with no sector). So "the Ennahda party criticised the arrests" by Tunisia's
/// police judges the police, while Tunisia's ministry judging its own police's arrests is a judge of the same side.
/// </summary>
internal static class JudgeSides
{
    /// <summary>Whether a mention of <paramref name="doer"/> is on the side of a mention of <paramref name="judge"/>.</summary>
    public static bool Same(Document document, int[] doer, int[] judge)
    {
        foreach (var d in doer)
            foreach (var j in judge)
            {
                var (a, b) = (document.Mentions[d].Entity, document.Mentions[j].Entity);
                if (a == b || document.Entities[a].Actor is { } x && document.Entities[b].Actor is { } y && Same(document, a, x, b, y))
                    return true;
            }
        return false;
    }

    /// <summary>Whether one of the actors <paramref name="doer"/> is on the side of one of <paramref name="judge"/>, by their codes at the event's time.</summary>
    public static bool Same(Document document, IReadOnlyList<EventActor> doer, IReadOnlyList<EventActor> judge)
    {
        foreach (var a in doer)
            foreach (var b in judge)
                if (a.Entity == b.Entity || Same(document, a.Entity, a.Code, b.Entity, b.Code))
                    return true;
        return false;
    }

    private static bool Same(Document document, int a, ActorCode x, int b, ActorCode y) =>
        x.Country == y.Country && OfState(document, a, x) == OfState(document, b, y);

    /// <summary>A state sector, or a country or place named with no sector ("Tunisia", "Tunisian"); a named party or person with no sector is not the state.</summary>
    private static bool OfState(Document document, int entity, ActorCode code) =>
        Sectors.IsStateAgency(code.Sector)
        || string.IsNullOrEmpty(code.Sector) && entity >= 0 && entity < document.Entities.Length && document.Entities[entity].Type is EntityType.Gpe or EntityType.Loc or EntityType.Norp;
}
