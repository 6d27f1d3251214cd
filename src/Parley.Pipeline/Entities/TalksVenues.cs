using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "talks with communist rebels in Oslo", "negotiations with the insurgents in Geneva": after a noun or verb of meeting and
/// "with", "in" and a city tell where the talks are held, not where the agents live; parties often meet abroad.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Nouns and verbs of meeting whose "with" phrase may be followed by the meeting's venue.</summary>
    private static readonly FrozenSet<string> TalksWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "talks", "negotiations", "discussions", "dialogue", "meeting", "meetings", "consultations", "contacts",
        "meet", "meets", "met", "negotiate", "negotiates", "negotiated", "negotiating", "talk", "talked", "talking");

    /// <summary>Words that may stand between "with" and the agent noun: "talks with the communist rebels".</summary>
    private const int TalksWindow = 4;

    /// <summary>
    /// Whether the city <paramref name="entity"/>, named after "in" (token <paramref name="preposition"/>) behind the agent
    /// starting at <paramref name="first"/>, is the venue of talks the agents are a party to: a talks word, then "with"
    /// within a few words before the agent. A country or a province after "in" still places them ("talks with rebels in Mali").
    /// </summary>
    private bool IsTalksVenue(Sentence sentence, int first, int preposition, int entity)
    {
        if (first <= sentence.FirstToken || !Is(preposition, "in") || !IsCity(entity))
            return false;
        for (var t = first - 1; t > sentence.FirstToken && t >= first - TalksWindow; t--)
        {
            if (!Is(t, "with"))
                continue;
            return NameCues.Contains(TalksWords, document.Slice(document.Tokens[t - 1].Range));
        }
        return false;
    }

    private bool IsCity(int entity) =>
        table[entity].KbKey is { } key && key.StartsWith("place:", StringComparison.Ordinal) && long.TryParse(key.AsSpan(6), out var id)
        && kb.Places.TryGetValue(id, out var place) && place.Feature == PlaceFeature.City;
}
