using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Chile said it would open talks next month": a "would" under a past reporting verb is the "will" of the words reported,
/// shifted back; it foretells the act (future) unless a condition is in sight: "if", "unless", "otherwise", or "would have"
/// (a counterfactual). A "would" under no reporting verb ("such a deal would violate the truce") stays hypothetical
/// (round 29, rule <c>future.reported-would</c>).
/// </summary>
internal static class ReportedFutures
{
    private static FrozenSet<string> Set(params string[] words) => FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words);

    /// <summary>Past reporting verbs whose clause shifts "will" back to "would".</summary>
    private static readonly FrozenSet<string> s_reporting = Set("said", "told", "announced", "added", "adding", "saying", "stated",
        "declared", "promised", "pledged", "vowed", "warned", "insisted", "confirmed", "indicated", "signaled", "signalled", "wrote",
        "replied", "stressed", "reiterated", "assured", "informed", "explained", "announcing", "telling", "warning", "vowing",
        "pledging", "promising", "declaring", "confirming", "agreed", "decided");

    /// <summary>Words between the reporting verb and "would" that make the clause another's view or a new clause.</summary>
    private static readonly FrozenSet<string> s_breaks = Set(",", ";", ":", "(", ")", "—", "–", "if", "unless", "whether", "who", "which",
        "when", "while", "because", "but", "thought", "think", "thinks", "believed", "believe", "believes", "hoped", "hope",
        "hopes", "expected", "expect", "expects", "feared", "fear", "fears", "predicted", "assumed", "suspected", "guessed", "estimated",
        "imagined", "doubted", "speculated", "wondered", "asked",
        // "said most villagers would accept it": what a share of a people would do is a view of them, not an act announced
        "most", "many", "few", "majority", "minority");

    /// <summary>Words anywhere in the sentence that put a condition in sight.</summary>
    private static readonly FrozenSet<string> s_conditions = Set("if", "unless", "otherwise", "provided", "providing", "lest", "whether");

    /// <summary>How far back from "would" its reporting verb may stand: "said on Tuesday that the two neighbours would".</summary>
    private const int Reach = 15;

    /// <summary>
    /// Whether the "would" at <paramref name="would"/> (before the trigger) is a reported future: a past reporting verb before it
    /// with only its object, "that" and the subject between, and no condition in its sentence.
    /// </summary>
    public static bool Foretells(Document document, int would)
    {
        var text = document.Slice(document.Tokens[would].Range);
        if (!text.Equals("would", StringComparison.OrdinalIgnoreCase) || document.SentenceAt(document.Tokens[would].Start) is not (>= 0 and var index))
            return false;
        var sentence = document.Sentences[index];
        if (Counterfactual(document, would, sentence.EndToken) || Reporter(document, would, sentence.FirstToken) is not (>= 0 and var reporter))
            return false;
        // A condition counts from the report on: "agencies were reviewing whether they could stay, and the envoy said he would
        // seek talks" keeps the envoy's plan. A "whether" after a word is the question a verb or noun takes, no condition:
        // "said it would investigate whether the rods had failed", "before announcing whether he would dissolve" (round 67).
        var conditions = s_conditions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = reporter + 1; t < sentence.EndToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (conditions.Contains(word) && !(word.Equals("whether", StringComparison.OrdinalIgnoreCase) && !document.Tokens[t - 1].Is(TokenShape.Punctuation)))
                return false;
        }
        return true;
    }

    /// <summary>The reporting verb whose clause holds the "would" at <paramref name="would"/>, or -1.</summary>
    private static int Reporter(Document document, int would, int sentenceStart)
    {
        var reporting = s_reporting.GetAlternateLookup<ReadOnlySpan<char>>();
        var breaks = s_breaks.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = would - 1; t >= sentenceStart && t >= would - Reach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (reporting.Contains(word))
                return t < would - 1 ? t : -1; // "said would" has no subject: a report of something else
            // "said Australia would raise the case ... and would keep pressing": a second "would" of the same subject shares the first's report
            if (word.Equals("would", StringComparison.OrdinalIgnoreCase) && t > sentenceStart && t < would - 2)
                return Reporter(document, t, sentenceStart);
            // "told reporters that the charge was false and that he would appeal": a second "that" clause has the first one's verb
            if (word.Equals("that", StringComparison.OrdinalIgnoreCase) && t > sentenceStart
                && document.Slice(document.Tokens[t - 1].Range).Equals("and", StringComparison.OrdinalIgnoreCase))
                return CoordinatedThat(document, t - 1, sentenceStart);
            if (breaks.Contains(word))
                return -1;
        }
        return -1;
    }

    /// <summary>The reporting verb of the first reported clause, before the "and" at <paramref name="and"/>, or -1.</summary>
    private static int CoordinatedThat(Document document, int and, int sentenceStart)
    {
        var reporting = s_reporting.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = and - 1; t >= sentenceStart && t >= and - 2 * Reach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (reporting.Contains(word))
                return t;
            if (word is "." or ";" or ":")
                return -1;
        }
        return -1;
    }

    /// <summary>Reporting verbs that, after "and", open a second report of the same speaker.</summary>
    private static readonly FrozenSet<string> s_secondReports = Set("said", "says", "warned", "warns", "added", "stated", "declared",
        "insisted", "stressed", "vowed", "told");

    /// <summary>
    /// "urged Manila to stop its provocations and said Beijing would defend its sovereignty": a reporting verb after "and"
    /// opens a second report, a clause of its own; what the first verb urged or denied does not reach into it
    /// (<c>Complements.ContentBoundary</c>).
    /// </summary>
    public static bool OpensSecondReport(ReadOnlySpan<char> word) => s_secondReports.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>"would have signed", "would rather talk", "would like to meet": a counterfactual or a wish, not a foretold act.</summary>
    private static bool Counterfactual(Document document, int would, int sentenceEnd)
    {
        var next = would + 1 < sentenceEnd ? document.Slice(document.Tokens[would + 1].Range) : "";
        return next is "have" or "’ve" or "'ve" or "rather" or "like" or "love" or "prefer" or "sooner";
    }
}
