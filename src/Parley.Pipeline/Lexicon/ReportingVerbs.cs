using System.Collections.Frozen;

namespace Parley.Pipeline;

/// <summary>
/// The verbs of reporting, one class for the pipeline: "the ministry said", "told reporters", "insisted", "announced". Each
/// list below is named for the question it answers; a reader that needs a different set builds it from these and says why.
/// <list type="bullet">
/// <item><see cref="IsSay"/>: the plain verb of saying as written ("said", "says", "say"), the verb a reported clause hangs on.</item>
/// <item><see cref="Saying"/> and <see cref="Sayings"/>: the verbs that open a reported clause ("said", "told", "announced",
/// "noted", "reported"): what follows them is what was said (<c>Cues.ClauseStart</c>, <c>Clauses</c>).</item>
/// <item><see cref="IsAttributing"/>: those and "reports", "claimed", the verb next to the side a report is attributed to
/// ("Authorities said", "..., the army claimed": <c>ArgumentFinder</c>, <c>Targets</c>).</item>
/// <item><see cref="IsSpeech"/> and <see cref="Speech"/>: a speaker's verbs as written, the verbs that attribute words to the
/// person before them ("said", "told", "stated", "declared", "insisted", "argued"); a reader adds its own ("wrote",
/// "tweeted") where its speaker may write.</item>
/// <item><see cref="Dated"/>, <see cref="Narrating"/>, <see cref="Complemented"/>: the wire's verbs as time reads them: a
/// day after them dates (<see cref="Time.EventTimeResolver.DatesReporting"/>), they bring a narrative back to the story's
/// now (<see cref="Time.PastFrame"/>), and, with the verbs of disclosure, a past perfect in their complement comes before
/// the saying (<see cref="Time.ReportedPast"/>).</item>
/// </list>
/// The <c>Is...</c> checks compare the word as written (lower case, ordinal), the sets ignore case, as their readers did.
/// </summary>
internal static class ReportingVerbs
{
    /// <summary>The plain verb of saying as written: "said", "says", "say".</summary>
    public static bool IsSay(ReadOnlySpan<char> word) => word is "said" or "says" or "say";

    /// <summary>The verbs that open a reported clause: "said", "told", "announced", "noted", "reported".</summary>
    public static readonly string[] Saying = ["said", "says", "say", "told", "announced", "stated", "added", "noted", "reported"];

    /// <summary><see cref="Saying"/> as a set, ignoring case.</summary>
    public static readonly FrozenSet<string> Sayings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, Saying);

    /// <summary>
    /// Participles of saying that report the clause after them, ignoring case: "..., saying Bolivia had abused ...", "...,
    /// adding that the talks would resume" (<see cref="Events.Speakers"/>, <see cref="Events.SaidContents"/>).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SayingParticiples = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "saying", "adding", "arguing", "insisting", "noting", "stressing", "declaring", "claiming", "asserting", "charging", "explaining")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A verb that attributes what is told to the side right next to it, as written: <see cref="Saying"/> and "reports",
    /// "claimed" ("Authorities said", "..., the ministry reported", "rebels claimed").
    /// </summary>
    public static bool IsAttributing(ReadOnlySpan<char> word) =>
        word is "said" or "says" or "say" or "told" or "announced" or "stated" or "added" or "noted" or "reported" or "reports" or "claimed";

    /// <summary>A speaker's verbs, which attribute words to the person before them: "said", "told", "insisted", "argued".</summary>
    public static readonly string[] Speech = ["said", "says", "told", "stated", "declared", "insisted", "argued"];

    /// <summary>A verb of <see cref="Speech"/> as written (lower case).</summary>
    public static bool IsSpeech(ReadOnlySpan<char> word) => word is "said" or "says" or "told" or "stated" or "declared" or "insisted" or "argued";

    /// <summary>The wire's reporting verbs: "said", "told reporters", "confirmed", "tweeted".</summary>
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
