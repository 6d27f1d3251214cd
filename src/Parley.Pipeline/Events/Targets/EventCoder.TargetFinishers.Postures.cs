namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// "Eritrea has called up reservists and moved troops toward the border": a show of force (MOBILIZE) at the state's own border
    /// with no neighbour named (<see cref="BorderPostures"/>) faces the state of another country its source last dealt with in the
    /// story, within <see cref="RuptureReach"/> sentences; with no such dealing it keeps no target.
    /// </summary>
    private static int PostureAcrossBorder(TargetFill f)
    {
        if (f.Plover != "MOBILIZE" || f.Source.Count == 0 || !BorderPostures.AtOwnBorder(f.Document, f.Sentence, f.Reading.Act ?? f.Trigger)
            || f.Context.ForeignCounterpartOf(f.Source, RuptureReach) is not { Code.Country: { Length: 3 } country } neighbour
            || country is "---" or "IGO" or "NGO" || HasCountry(f.Source, country))
            return 0;
        f.Target.Add(neighbour);
        return 1;
    }
}
