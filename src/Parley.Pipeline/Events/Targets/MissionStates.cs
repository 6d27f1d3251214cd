using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "rallied outside the Dutch consulate in Surabaya", "gathered in front of the embassy of Peru": a protest held at a
/// foreign state's diplomatic mission is aimed at the state the mission speaks for, not at the country of the city it
/// stands in. The mission is the protest's place phrase: inside the trigger's own words ("demonstrated outside the ...
/// consulate") or right after them ("rallied in front of the ... embassy").
/// </summary>
internal static class MissionStates
{
    /// <summary>How many tokens past the trigger the mission's noun may stand ("in front of the U.S. consulate": four).</summary>
    private const int Reach = 5;

    /// <summary>
    /// The mention that names the state of the mission in the protest's place phrase ("the French consulate", "the embassy of
    /// Chile"); null when the protest is not held at a mission or the phrase names no one.
    /// </summary>
    public static int? Named(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var end = Math.Min(sentence.EndToken, trigger.EndToken + Reach);
        for (var t = trigger.FirstToken + 1; t < end; t++)
        {
            if (!IsMission(document.Slice(document.Tokens[t].Range)))
                continue;
            // the words between the trigger and the mission noun are only the place phrase's own
            for (var g = trigger.EndToken; g < t; g++)
                if (!PlaceWord(document.Slice(document.Tokens[g].Range)) && !InMention(document, g))
                    return null;
            // "the Dutch consulate" read as one agent mention
            if (MentionAt(document, t) is { } agent)
                return agent;
            // "the embassy of Peru"
            if (t + 2 < sentence.EndToken && document.Slice(document.Tokens[t + 1].Range) is "of")
            {
                var after = document.FirstMentionFrom(document.Tokens[t + 2].Start);
                if (after < document.Mentions.Length && document.Mentions[after].Start == document.Tokens[t + 2].Start)
                    return after;
            }
            // "the French consulate", "the U.S. embassy": the mention that ends right before the noun, after "the"
            var from = document.FirstMentionFrom(document.Tokens[Math.Max(trigger.FirstToken, t - 3)].Start);
            for (var m = from; m < document.Mentions.Length && document.Mentions[m].Start < document.Tokens[t].Start; m++)
                if (document.Mentions[m].End <= document.Tokens[t].Start && !Between(document, document.Mentions[m].End, document.Tokens[t].Start))
                    return m;
            return null;
        }
        return null;
    }

    private static bool IsMission(ReadOnlySpan<char> word) =>
        word is "embassy" or "Embassy" or "consulate" or "Consulate" or "embassies" or "consulates" or "legation";

    private static bool PlaceWord(ReadOnlySpan<char> word) =>
        word is "outside" or "at" or "near" or "before" or "around" or "in" or "front" or "of" or "the" or "The";

    private static bool InMention(Document document, int token) => MentionAt(document, token) is not null;

    /// <summary>The mention that covers token <paramref name="token"/>; null when none does.</summary>
    private static int? MentionAt(Document document, int token) =>
        document.MentionOver(document.Tokens[token].Start, document.Tokens[token].Start + 1) is var m and >= 0 ? m : null;

    /// <summary>Whether any word stands between a mention's end and the mission noun ("the French honorary consulate" has one).</summary>
    private static bool Between(Document document, int from, int to) => !document.Text.AsSpan(from, to - from).IsWhiteSpace();
}
