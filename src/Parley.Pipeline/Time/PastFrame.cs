using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Narrative time after the lead: a sentence whose main clause carries a past year or period ("In 2010, commandos stormed
/// a ship", "The protests began late last year") moves the story to a past frame, and the sentences after it that go on
/// in the simple past with no anchor of their own stay in it ("Nine activists were killed"). The frame ends at a new
/// anchor, a line break (<see cref="NarrativeTime.Previous"/>), or a sentence that speaks from the story's now: a
/// present or present perfect ("is", "has"), a reporting verb ("officials said") or a quotation. A tally of acts over a
/// year ("killed 400 people in 500 attacks") sums the period up and opens no frame.
/// </summary>
internal static class PastFrame
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finite present forms and present-time adverbs: the sentence is told from the story's now.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Present = Set(
        "is", "are", "am", "has", "have", "does", "do", "'re", "’re", "'ve", "’ve", "says", "say", "believes", "believe",
        "thinks", "think", "argues", "contends", "remains", "remain", "now", "today", "currently", "will", "can");

    /// <summary>Quotation marks: a quote speaks in its speaker's now.</summary>
    private static readonly char[] Quotes = ['"', '“', '”'];

    /// <summary>
    /// Whether <paramref name="time"/>, a year or coarser anchor of <paramref name="sentence"/>, opens a past frame: it
    /// dates the sentence's own past clause, not a span ("since 2009", "from 1992 to 1997"), a noun ("the 2022 election")
    /// or a relative clause ("the group, which was founded in 2015"), and the sentence is no present one.
    /// </summary>
    public static bool Opens(Document document, Sentence sentence, TimeExpression time)
    {
        if (EventTimeResolver.Bound(document, time) || NounModifiers.Dates(document, sentence, time) is (_, false)
            || Clauses.InRelativeClause(document, sentence, new TextRange(sentence.Start, sentence.Start), time.Range)
            || Clauses.InAsideWithout(document, sentence, new TextRange(sentence.Start, sentence.Start), time.Range))
            return false;
        return !Speaks(document, sentence, reporting: false) && !Counts(document, sentence);
    }

    /// <summary>Plural nouns of acts or their toll that a count makes a tally: "in over 500 attacks", "dozens of raids".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TalliedActs = Set(
        "attacks", "raids", "strikes", "airstrikes", "incidents", "clashes", "bombings", "killings", "protests", "operations",
        "arrests", "deaths", "executions", "abductions", "kidnappings", "times");

    /// <summary>Number words and vague counts that open a tally: "dozens of raids", "hundreds of attacks".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountWords = Set(
        "dozens", "hundreds", "thousands", "scores", "several", "many", "numerous", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "twelve", "twenty", "fifty");

    /// <summary>
    /// A tally of acts over the period ("In 2024, the group killed 400 people in over 500 attacks"): a summary of many
    /// acts sets no point in time for the next sentence's act, as an episode ("In 2010, commandos stormed a ship") does.
    /// </summary>
    private static bool Counts(Document document, Sentence sentence)
    {
        var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].Is(TokenShape.Number) && !CountWords.Contains(document.Slice(tokens[i].Range)))
                continue;
            // the count's noun right after it or after "of" ("500 attacks", "dozens of raids")
            for (var j = i + 1; j < tokens.Length && j <= i + 2; j++)
                if (TalliedActs.Contains(document.Slice(tokens[j].Range)))
                    return true;
        }
        return false;
    }

    /// <summary>Whether the sentence goes on with the narrative of a past frame: no present, no reporting verb, no quotation.</summary>
    public static bool TellsOn(Document document, Sentence sentence) => !Speaks(document, sentence, reporting: true);

    private static bool Speaks(Document document, Sentence sentence, bool reporting)
    {
        if (document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).IndexOfAny(Quotes) >= 0)
            return true;
        foreach (var token in document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount))
        {
            var w = document.Slice(token.Range);
            if (Present.Contains(w) || reporting && ReportingVerbs.Narrating.Contains(w)) // "officials said", "according to": back at the story's now
                return true;
        }
        return false;
    }
}
