using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// What analysts, experts or scholars say happens is their view, not a report of an act: "analysts say Beijing wants
/// ...", "according to experts, Tokyo plans ...", "... the talks will fail, observers said". An event told inside such
/// a view gives no event of its own when the commentator is unaffiliated (the trigger is listed as uncoded, reason
/// "view"); a named body's panel ("UN experts said") reports findings, and its view is kept as hypothetical.
/// The commentator's own act ("analysts criticised the plan") is not a view of this kind: the reporting verb must stand
/// between the commentator and the trigger, or the commentator must be named by "according to" or a closing "X said".
/// </summary>
/// <summary>Whose view a trigger stands in (<see cref="AnalystViews.Of"/>).</summary>
internal enum ViewHolder { None, Commentator, Body }

internal static class AnalystViews
{
    /// <summary>How far a reporting verb may stand after the commentator word ("analysts have long said").</summary>
    private const int VerbReach = 3;

    /// <summary>How far the commentator word may stand after "according to" ("according to some regional analysts").</summary>
    private const int AccordingReach = 4;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Commentators = RecallPeople.Commentators.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ViewVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "say", "says", "said", "saying", "believe", "believes", "believed", "argue", "argues", "argued", "note", "notes", "noted",
        "suggest", "suggests", "suggested", "predict", "predicts", "predicted", "expect", "expects", "expected", "think", "thinks",
        "thought", "contend", "contends", "contended", "caution", "cautions", "cautioned", "estimate", "estimates", "estimated",
        "point", "points", "pointed", "see", "sees", "saw", "speculate", "speculates", "speculated").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "as", "while", "although", "though", "after", "since", "because", "when", "before", "until", "unless", "if", "whereas", "than")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whose view, if any, the trigger at <paramref name="trigger"/> stands in: an unaffiliated commentator's ("analysts say
    /// ...", "..., experts said"), whose reading gives no event, or a body's panel named before the word ("UN experts said",
    /// "EU election observers said"), which reports findings the coders code, so its view is only kept as hypothetical.
    /// </summary>
    public static ViewHolder Of(Document document, Sentence sentence, int trigger) =>
        Commentator(document, sentence, trigger) is >= 0 and var c
            ? Affiliated(document, sentence, c) ? ViewHolder.Body : ViewHolder.Commentator
            : ViewHolder.None;

    /// <summary>How far before the commentator word a capitalised name may stand for the view to be a body's ("EU election observers").</summary>
    private const int AffiliationReach = 3;

    private static bool Affiliated(Document document, Sentence sentence, int commentator)
    {
        for (var t = commentator - 1; t > sentence.FirstToken && t >= commentator - AffiliationReach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (!document.Tokens[t].Is(TokenShape.Word))
                return false;
            if (char.IsUpper(word[0]))
                return true;
        }
        return false;
    }

    private static int Commentator(Document document, Sentence sentence, int trigger)
    {
        var tokens = document.Tokens;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!Commentators.Contains(document.Slice(tokens[t].Range)))
                continue;
            if (AfterAccordingTo(document, sentence, t))
                return t;
            var verb = VerbAfter(document, sentence, t);
            // "analysts say Beijing wants ...": the view's verb stands between the commentator and the trigger
            if (verb >= 0 && verb < trigger && t < trigger)
                return t;
            // "..., analysts said." / "..., said Ana Ruiz, an analyst at ...": a closing attribution after a comma
            if (t > trigger && ClosesSentence(document, sentence, trigger, t))
                return t;
        }
        return -1;
    }

    private static bool AfterAccordingTo(Document document, Sentence sentence, int commentator)
    {
        for (var t = commentator - 1; t > sentence.FirstToken && t >= commentator - AccordingReach; t--)
            if (document.Slice(document.Tokens[t].Range).Equals("to", StringComparison.OrdinalIgnoreCase)
                && document.Slice(document.Tokens[t - 1].Range).Equals("according", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>The reporting verb within reach after the commentator word, or -1.</summary>
    private static int VerbAfter(Document document, Sentence sentence, int commentator)
    {
        for (var t = commentator + 1; t < sentence.EndToken && t <= commentator + VerbReach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (ViewVerbs.Contains(word))
                return t;
            if (!document.Tokens[t].Is(TokenShape.Word))
                return -1;
        }
        return -1;
    }

    /// <summary>How many words may follow a closing "analysts said" before the sentence ends ("..., analysts said on Monday.").</summary>
    private const int ClosingTail = 4;

    /// <summary>
    /// A closing attribution after a comma that follows the trigger: ", said Ana Ruiz, an analyst at ..." (the verb right
    /// after the comma, the commentator after it with no dash between) or ", some analysts said." (the commentator and
    /// then the verb right after the comma, and little after the verb). ", experts see an end to ..." is a main clause of
    /// its own, not an attribution.
    /// </summary>
    private static bool ClosesSentence(Document document, Sentence sentence, int trigger, int commentator)
    {
        var comma = -1;
        for (var t = commentator - 1; t > trigger; t--)
            if (document.Slice(document.Tokens[t].Range) is ",")
                comma = t; // the first comma after the trigger that comes before the commentator
        if (comma < 0)
            return false;
        // ", saying ...": the main clause's own subject goes on to speak; only a finite verb closes the sentence (", said X, an analyst")
        if (comma + 1 < sentence.EndToken && document.Slice(document.Tokens[comma + 1].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return false;
        if (comma + 1 < sentence.EndToken && ViewVerbs.Contains(document.Slice(document.Tokens[comma + 1].Range)))
        {
            for (var t = comma + 2; t < commentator; t++)
                if (document.Slice(document.Tokens[t].Range) is "—" or "–" or "-" or ";" or ":")
                    return false;
            return true;
        }
        if (commentator - comma > VerbReach + 1 || VerbAfter(document, sentence, commentator) is not (>= 0 and var verb))
            return false;
        // ", as analysts had predicted": a clause of its own about the act, not the source of the report
        for (var t = comma + 1; t < commentator; t++)
            if (Subordinators.Contains(document.Slice(document.Tokens[t].Range)))
                return false;
        return sentence.EndToken - 1 - verb <= ClosingTail + 1;
    }
}
