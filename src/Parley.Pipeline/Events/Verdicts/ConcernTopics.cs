using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "expressed concern over the protests", "is deeply troubled by the arrests": what a worry is about is its topic, told to
/// say what worries the speaker, so it is no asserted event of its own.
/// </summary>
internal static class ConcernTopics
{
    /// <summary>Words that name a worry or an alarm felt, not an act done.</summary>
    private static readonly FrozenSet<string> s_concerns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "concern", "concerns", "concerned", "worried", "worry", "worries", "alarmed", "alarm", "troubled", "disturbed", "dismayed",
        "dismay", "appalled", "unease", "misgivings", "disquiet", "anxiety", "fears", "fear");

    /// <summary>Prepositions that introduce what a worry is about.</summary>
    private static readonly FrozenSet<string> s_topicMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "about", "over", "at", "by", "with", "regarding");

    /// <summary>
    /// The token where the topic of a concern trigger starts ("over" ended or follows the trigger), or null when
    /// <paramref name="t"/> is no concern (CAMEO 111 or 012 with a worry word) or names no topic.
    /// </summary>
    public static int? Start(Document document, TriggerMatch t)
    {
        if (t.Pattern.Cameo is not ("111" or "012"))
            return null;
        var tokens = document.Tokens;
        var concerns = s_concerns.GetAlternateLookup<ReadOnlySpan<char>>();
        var markers = s_topicMarkers.GetAlternateLookup<ReadOnlySpan<char>>();
        var worry = false;
        for (var k = t.FirstToken; k < t.EndToken && !worry; k++)
            worry = concerns.Contains(document.Slice(tokens[k].Range));
        if (!worry)
            return null;
        if (markers.Contains(document.Slice(tokens[t.EndToken - 1].Range)))
            return t.EndToken;
        return t.EndToken < tokens.Length && markers.Contains(document.Slice(tokens[t.EndToken].Range)) ? t.EndToken + 1 : null;
    }
}
