using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// How many sentences back the state a rupture is with may have been dealt with: a story tells the quarrel first and the
    /// recall of diplomats it led to a paragraph later.
    /// </summary>
    private const int RuptureReach = 6;

    /// <summary>
    /// "Peru accused Bolivia of meddling ... Bolivia recalled its ambassador", "expelled two diplomats":
    /// cutting diplomatic ties, halting talks or expelling diplomats (161, 164, 166) is always done to another state; when the
    /// sentence names none, it is the state of another country the source last dealt with in the story, within
    /// <see cref="RuptureReach"/> sentences.
    /// </summary>
    private static int RupturedWith(TargetFill f)
    {
        if (f.Plover != "SANCTION" || (f.Reading.Framed?.Cameo ?? (f.Reading.Act ?? f.Trigger).Pattern.Cameo) is not ("161" or "164" or "166")
            || f.Context.ForeignCounterpartOf(f.Source, RuptureReach) is not { Code.Country: { Length: 3 } country } partner
            || country == "---" || HasCountry(f.Source, country))
            return 0;
        f.Target.Add(partner);
        return 1;
    }
}
