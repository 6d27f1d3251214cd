using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "announced its withdrawal from the Economic Community of West African States": a trigger whose pattern reaches through
/// "from" into the body it names ("withdrawal from * community") holds its other side inside its own words.
/// </summary>
internal static class TargetInTrigger
{
    /// <summary>The first mention that starts after a "from" inside <paramref name="trigger"/> and before its end; null when none does.</summary>
    public static int? After(Document document, TriggerMatch trigger)
    {
        for (var t = trigger.FirstToken + 1; t + 1 < trigger.EndToken; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is not "from")
                continue;
            var m = document.FirstMentionFrom(document.Tokens[t + 1].Start);
            return m < document.Mentions.Length && document.Mentions[m].Start < trigger.Range.End ? m : null;
        }
        return null;
    }
}
