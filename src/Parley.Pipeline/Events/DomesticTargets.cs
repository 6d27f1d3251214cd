using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The unnamed people a state coerces are its own: "Afghan authorities barred girls from attending school", "police
/// arrested three journalists" act on civilians of the acting state's country.
/// </summary>
internal static class DomesticTargets
{
    /// <summary>People named by what they are, not by a country; refugees and migrants are left out, as they are often foreign.</summary>
    private static readonly FrozenSet<string> People = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "women", "girls", "men", "boys", "children", "students", "journalists", "reporters", "activists", "protesters", "demonstrators",
        "people", "citizens", "residents", "civilians", "dissidents", "critics", "opponents", "lawyers", "teachers", "workers",
        "farmers", "villagers", "worshippers", "bloggers", "artists", "academics", "priests", "monks", "clerics", "voters",
        "journalist", "activist", "dissident", "critic", "lawyer", "blogger", "student", "teacher");

    /// <summary>How far after the trigger the object may stand ("arrested three prominent journalists").</summary>
    private const int Window = 4;

    /// <summary>
    /// The coerced people as an actor of the first source's country (sector CVL), when the words right after or inside
    /// the trigger name them; null otherwise.
    /// </summary>
    public static EventActor? Of(Document document, TriggerMatch trigger, int clauseEnd, List<EventActor> source)
    {
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } country || country is "IGO" or "NGO" or "MNC" or "---")
            return null;
        var people = People.GetAlternateLookup<ReadOnlySpan<char>>();
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = Math.Min(clauseEnd, trigger.EndToken + Window);
        for (var t = trigger.FirstToken + 1; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (t >= trigger.EndToken && (prepositions.Contains(word) || document.Tokens[t].Is(TokenShape.Punctuation)))
                return null;
            if (people.Contains(word))
                return new EventActor(document.Tokens[t].Range, Jurisdictions.StateEntity(document, country) ?? source[0].Entity, document.TextOf(document.Tokens[t].Range),
                    new ActorCode(country, "CVL"), null);
        }
        return null;
    }
}
