namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// "Kenya accused Somalia of arming the raiders ... Kenya shut its border crossings": a state closing its own border,
    /// frontier, airspace or border crossings (the <c>coerce.close-border</c> rows) with no neighbour named closes them against
    /// the state of another country it last dealt with in the story, as a rupture naming no one is with it (within
    /// <see cref="RuptureReach"/> sentences); with no such dealing the closure keeps no target.
    /// </summary>
    private static int ClosedAgainst(TargetFill f)
    {
        if (!(f.Reading.Act ?? f.Trigger).Pattern.Id.StartsWith("coerce.close-border", StringComparison.Ordinal)
            || f.Context.ForeignCounterpartOf(f.Source, RuptureReach) is not { Code.Country: { Length: 3 } country } neighbour
            || country is "---" or "IGO" or "NGO" || HasCountry(f.Source, country))
            return 0;
        f.Target.Add(neighbour);
        return 1;
    }
}
