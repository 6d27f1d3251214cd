using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline;

/// <summary>
/// "Police said they were looking into whether the group acted to avenge a commander killed in Afghanistan", "Spokesman X said
/// the president was on a private stay in Geneva": a place inside what a speaker said is where the report's people are, not
/// where the speaker stands, so it places neither a bare agent (<c>Coreference.SentencePlace</c>) nor a titled speaker the
/// knowledge base lacks (<c>ActorResolver.OnlyCountryIn</c>). Where the saying happened stays theirs: "said in Nairobi",
/// "told reporters in Doha on Tuesday", "said late on Friday at a news conference in Lagos".
/// </summary>
internal static class ReportedPlaces
{
    /// <summary>Words that may stand between a speaker's verb and the place it spoke in: the audience, the occasion, the time.</summary>
    private static readonly FrozenSet<string> Setting = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "at", "on", "the", "a", "reporters", "journalists", "media", "news", "press", "conference", "briefing", "late",
        "earlier", "later", "today", "yesterday", "during", "visit", "while", "speaking", "after", "meeting", ",");

    /// <summary>
    /// Whether the place starting at <paramref name="placeStart"/> lies in the words a speaker's verb after
    /// <paramref name="from"/> (a text offset: the actor's end) reports, in <paramref name="sentence"/>: a speaker's verb
    /// (<see cref="ReportingVerbs.IsSpeech"/>, "says") stands between them, and a word other than the saying's setting (the
    /// audience, time, occasion, capitalised names) stands between that verb and the place.
    /// </summary>
    public static bool Reported(Document document, Sentence sentence, int from, int placeStart)
    {
        var tokens = document.Tokens;
        var t = sentence.FirstToken;
        while (t < sentence.EndToken && tokens[t].Start < from)
            t++;
        for (; t < sentence.EndToken && tokens[t].End <= placeStart; t++)
        {
            var word = document.Slice(tokens[t].Range);
            if (!(ReportingVerbs.IsSpeech(word) || word is "says"))
                continue;
            for (var k = t + 1; k < sentence.EndToken && tokens[k].End <= placeStart; k++)
            {
                var between = document.Slice(tokens[k].Range);
                if (Setting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(between) || char.IsUpper(between[0]) && between is not ("That" or "The")
                    || InTime(document, tokens[k].Start))
                    continue;
                return true;
            }
            return false;
        }
        return false;
    }

    private static bool InTime(Document document, int offset)
    {
        var times = document.Times;
        var i = document.FirstTimeFrom(offset);
        if (i < times.Length && times[i].Start <= offset && offset < times[i].End)
            return true;
        return i > 0 && times[i - 1].Start <= offset && offset < times[i - 1].End;
    }
}
