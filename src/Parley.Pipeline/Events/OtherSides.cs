using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The other side of an act told by a clause after it: an ultimatum is aimed at the subject of its condition ("would
/// strike unless the government set a date", "threatened to quit if the United States goes ahead"); a concession at the
/// partner of the talks it followed ("called off the strike after talks with the government", "ended their blockade after
/// negotiations with the authorities").
/// </summary>
internal static class OtherSides
{
    /// <summary>Nouns for talks: what a concession may follow.</summary>
    private static readonly FrozenSet<string> Talks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "talks", "negotiations", "deliberations", "meeting", "meetings", "consultations", "discussions", "dialogue", "agreement", "deal", "mediation");

    /// <summary>How far after the trigger the condition or the talks may be named.</summary>
    private const int Window = 24;

    /// <summary>Where the other side's phrase starts after the trigger (or its act), or null when the sentence names none.</summary>
    public static int? Start(Document document, Sentence sentence, TriggerMatch trigger, string plover)
    {
        var end = Math.Min(sentence.EndToken, trigger.EndToken + Window);
        for (var t = trigger.EndToken; t + 1 < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (plover == "THREATEN" && word is "unless" or "if")
                return document.Slice(document.Tokens[t + 1].Range) is "not" ? t + 2 : t + 1;
            if (plover is "CONCEDE" or "RETREAT" && word is "after" or "following" or "in")
                for (var k = t + 1; k + 1 < end && k <= t + 4; k++)
                    if (Talks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[k].Range)) && document.Slice(document.Tokens[k + 1].Range) is "with")
                        return k + 2;
        }
        return null;
    }
}
