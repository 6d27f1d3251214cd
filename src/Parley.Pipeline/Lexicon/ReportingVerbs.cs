using System.Collections.Frozen;

namespace Parley.Pipeline.Time;

/// <summary>
/// The verbs of reporting time reads, one list: the wire's reporting verbs ("said", "told reporters", "confirmed"), which
/// a day after them dates (<see cref="EventTimeResolver.DatesReporting"/>), which bring a narrative back to the story's
/// now (<see cref="PastFrame"/>), and, with the verbs of disclosure, whose complement a past perfect puts before the
/// saying (<see cref="ReportedPast"/>).
/// </summary>
internal static class ReportingVerbs
{
    private static readonly string[] Wire = ["said", "told", "announced", "reported", "stated", "added", "confirmed", "wrote", "tweeted"];

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A reporting verb a day after it dates: "said on Friday", "says Friday", "told reporters Friday".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Dated = Set([.. Wire, "says"]);

    /// <summary>A sentence told by a reporter: the wire's verbs and "according to".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Narrating = Set([.. Wire, "according"]);

    /// <summary>A past saying whose complement holds what was said, disclosed or admitted.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Complemented = Set([.. Wire,
        "acknowledged", "admitted", "claimed", "alleged", "disclosed", "revealed", "testified", "explained", "noted", "recalled", "insisted", "complained"]);
}
