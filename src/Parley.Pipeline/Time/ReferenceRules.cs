using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Times only placed relative to now: "now", "currently" (PRESENT_REF), "recently", "in the past" (PAST_REF),
/// "soon", "the future" (FUTURE_REF), "these days"; and "recent weeks" (PXW), an unspecified amount up to now.
/// </summary>
internal static class ReferenceRules
{
    public static int Try(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var kind = s.Kind(i);
        if (kind == LexKind.Reference)
        {
            var w = s.Word(i);
            var reference = (Reference)s.Value(i);
            if (reference == Reference.Future && w.Equals("future", StringComparison.OrdinalIgnoreCase))
                return -1; // only "the future", handled below
            // "soon after the vote", "shortly before": relative to an event, not to now.
            if (reference == Reference.Future && (s.Is(i + 1, "after") || s.Is(i + 1, "before") || s.Is(i + 1, "afterwards")))
                return -1;
            return Emit(s, i, i + 1, reference, output);
        }
        if (kind == LexKind.Article && s.Value(i) == 0)
        {
            var j = s.Is(i + 1, "near") || s.Is(i + 1, "distant") || s.Is(i + 1, "foreseeable") ? i + 2 : i + 1;
            // "the future of the island" is a topic, not a time.
            if (s.Is(j, "future") && !s.Is(j + 1, "of"))
                return Emit(s, i, j + 1, Reference.Future, output);
            if (s.Is(j, "past") && j == i + 1 && !s.Is(j + 1, LexKind.Unit) && DurationRules.Count(s, j + 1, out _) == int.MinValue)
                return Emit(s, i, j + 1, Reference.Past, output);
            if (s.Is(j, "present") && j == i + 1 && s.Is(i - 1, LexKind.Preposition))
                return Emit(s, i, j + 1, Reference.Present, output);
        }
        if (s.Is(i, "present") && s.Is(i - 1, "at"))
            return Emit(s, i, i + 1, Reference.Present, output);
        if (s.Is(i, "these") && s.Is(i + 1, "days"))
            return Emit(s, i, i + 2, Reference.Present, output);
        // TimeBank reads "in recent years" as a length of time reaching up to now, not as a past point.
        if (s.Is(i, "recent") && s.Is(i + 1, LexKind.Unit) && s.Plural(i + 1))
        {
            output.Add(s.Expression(i, i + 2, TimexType.Duration, DurationRules.Value(0, (TimeUnit)s.Value(i + 1)), "time.reference.recent"));
            return i + 2;
        }
        return -1;
    }

    private static int Emit(in TimeScan s, int first, int end, Reference reference, ImmutableArray<TimeExpression>.Builder output)
    {
        var value = reference switch { Reference.Present => "PRESENT_REF", Reference.Past => "PAST_REF", _ => "FUTURE_REF" };
        output.Add(s.Expression(first, end, TimexType.Date, value, "time.reference"));
        return end;
    }
}
