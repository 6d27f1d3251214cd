using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Militants attacked a train in Balochistan. ... The chief minister condemned the attack": a town, a province or a region
/// named as a place can be what an act is done to (an attack, a siege, a visit: <c>+target.location</c>), but it is nobody
/// one replies to, asks, accuses or threatens. Carried forward as the counterpart of a later act, such a place is no side.
/// A national capital stands for its government ("Pyongyang rejected ..."; <see cref="TargetCapitals"/>) and stays one.
/// </summary>
internal static class PlaceCounterparts
{
    /// <summary>True when <paramref name="actor"/> is a place below its country (no sector), named where the text names a
    /// gazetteer town, province or region that is not its country's capital.</summary>
    public static bool IsMerePlace(Document document, KnowledgeBase kb, EventActor actor)
    {
        if (actor.Code.Sector is not null)
            return false;
        var p = document.FirstPlaceFrom(actor.Range.Start);
        if (p >= document.Places.Length || document.Places[p].Start != actor.Range.Start)
            return false;
        var where = document.Places[p].Where;
        if (where.Feature == PlaceFeature.Country)
            return false;
        return !kb.Countries.TryGetValue(where.Country, out var country) || country.CapitalGeonameId != where.GeonameId;
    }
}
