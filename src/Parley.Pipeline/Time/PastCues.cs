using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Words that tell an act as an old one in passing when the sentence gives it no date. Two kinds:
/// a phrase of the past in the sentence ("Not long ago the two leaders traded insults, prompting one to
/// recall his envoy", "in the past", "in past disputes"; not "in the past week" or "in the past two days", which are
/// recent and dated by the tagger); and an event noun governed by a perfect ("it has been a hard year, marked by
/// arrests and bans", "the town had seen raids"): the noun names acts up to the reference time, not a new act of the
/// publication day. The time resolver makes the first PAST_REF (evidence: the phrase) and the second a standing act.
/// </summary>
internal static class PastCues
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after "in the past" that make it a recent, measured span ("in the past week", "in the past few days").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Measures = Set(
        "few", "several", "couple", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "decade", "decades", "fortnight", "weekend", "24", "48", "72");

    /// <summary>
    /// The phrase of the past in the sentence ("not long ago", "long ago", "in the past", "in past" before a noun), or
    /// null: it says the sentence's undated acts are old ones.
    /// </summary>
    public static TextRange? Phrase(Document document, Sentence sentence)
    {
        var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var w = document.Slice(tokens[i].Range);
            if (w.Equals("long", StringComparison.OrdinalIgnoreCase) && Is(document, tokens, i + 1, "ago"))
            {
                // "not long ago", "long ago"; not "how long ago" (a question)
                if (i > 0 && Is(document, tokens, i - 1, "how"))
                    continue;
                var start = i > 0 && Is(document, tokens, i - 1, "not") ? i - 1 : i;
                return new TextRange(tokens[start].Start, tokens[i + 1].End);
            }
            if (!w.Equals("in", StringComparison.OrdinalIgnoreCase))
                continue;
            var past = Is(document, tokens, i + 1, "the") ? i + 2 : i + 1;
            if (past >= tokens.Length || !Is(document, tokens, past, "past"))
                continue;
            // "in the past week", "in the past 24 hours", "in past years": a measured span is recent (or a habit), no cue
            if (past + 1 < tokens.Length && (Measures.Contains(document.Slice(tokens[past + 1].Range)) || tokens[past + 1].Is(TokenShape.Number)))
                continue;
            // "in past" needs a noun after it ("in past disputes"); "in the past" stands alone
            if (past == i + 1 && (past + 1 >= tokens.Length || !tokens[past + 1].Is(TokenShape.Word)))
                continue;
            return new TextRange(tokens[i].Start, tokens[past].End);
        }
        return null;
    }

    /// <summary>
    /// Whether the trigger is a common noun (by the tagger) governed by a perfect before it in its sentence ("has been a
    /// hard road, paved with ... bans", "had seen raids"), with no other finite verb between: the noun names acts up to
    /// the perfect's reference time. Never in the lead, whose present perfect is the news.
    /// </summary>
    public static bool NounUnderPerfect(Document document, int sentenceIndex, Sentence sentence, TextRange trigger)
    {
        if (sentenceIndex == 0)
            return false;
        var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        var first = -1;
        for (var i = 0; i < tokens.Length && first < 0; i++)
            if (tokens[i].End > trigger.Start)
                first = i;
        if (first <= 0 || !PosTags.IsCommonNoun(document.TagAt(sentence.FirstToken + first)))
            return false;
        for (var i = first - 1; i >= 0 && i >= first - 12; i--)
        {
            var w = document.Slice(tokens[i].Range);
            if (w is ";" or ":" || Is(document, tokens, i, "that") || Is(document, tokens, i, "which") || Is(document, tokens, i, "who"))
                return false;
            if (w.Equals("has", StringComparison.OrdinalIgnoreCase) || w.Equals("have", StringComparison.OrdinalIgnoreCase)
                || w.Equals("had", StringComparison.OrdinalIgnoreCase))
                return i + 1 < first && (Is(document, tokens, i + 1, "been") || Is(document, tokens, i + 1, "seen"));
            // another finite verb nearer the noun governs it ("has been clear that police made arrests")
            if (PosTags.IsFinite(document.TagAt(sentence.FirstToken + i)))
                return false;
        }
        return false;
    }

    private static bool Is(Document document, ReadOnlySpan<Token> tokens, int i, string word) =>
        i >= 0 && i < tokens.Length && document.Slice(tokens[i].Range).Equals(word, StringComparison.OrdinalIgnoreCase);
}
