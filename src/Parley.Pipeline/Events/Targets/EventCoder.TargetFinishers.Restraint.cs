using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>How many sentences back the fighting an appeal for restraint answers may have been told.</summary>
    private const int RestraintReach = 8;

    /// <summary>
    /// "India fired missiles at Pakistan ... Britain urged restraint": an appeal for restraint or de-escalation (0256) that names
    /// no one is aimed at the sides of the latest violence the story told, within <see cref="RestraintReach"/> sentences, one actor
    /// a country. Not when the appealer is one of those sides: whom it means is then left open.
    /// </summary>
    private int RestrainedSides(TargetFill f)
    {
        var (document, source, context) = (f.Document, f.Source, f.Context);
        if (source.Count == 0 || (f.Reading.Framed?.Cameo ?? (f.Reading.Act ?? f.Trigger).Pattern.Cameo) != "0256")
            return 0;
        for (var i = context.Acts.Count - 1; i >= 0 && context.Sentence - context.Acts[i].Sentence <= RestraintReach; i--)
        {
            if (context.Acts[i].Plover != "ASSAULT")
                continue;
            var sides = Resolve(document, [.. context.Acts[i].Source, .. context.Acts[i].Target], f.Date, f.Index);
            sides.RemoveAll(t => t.Code.Country is not { Length: 3 } || t.Code.Country is "---" or "IGO" or "NGO");
            if (SharesCountry(sides, source))
                return 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            sides.RemoveAll(t => !seen.Add(t.Code.Country));
            if (sides.Count < 2)
                continue;
            f.Target.AddRange(sides);
            return 1;
        }
        return 0;
    }
}
