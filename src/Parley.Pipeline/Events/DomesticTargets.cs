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
        "journalist", "activist", "dissident", "critic", "lawyer", "blogger", "student", "teacher", "protester", "leader", "leaders",
        "politician", "politicians", "publisher", "editor", "reporter", "opponent");

    /// <summary>How far after the trigger the object may stand ("arrested three prominent journalists").</summary>
    private const int Window = 4;

    /// <summary>
    /// The coerced people as an actor of the first source's country (sector CVL), when the words right after or inside
    /// the trigger name them; null otherwise.
    /// </summary>
    public static EventActor? Of(Document document, TriggerMatch trigger, int clauseStart, int clauseEnd, List<EventActor> source)
    {
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } country || country is "IGO" or "NGO" or "MNC" or "---")
            return null;
        var people = People.GetAlternateLookup<ReadOnlySpan<char>>();
        // "The opposition leader was arrested by police": a passive's subject is the one acted on.
        if (Undergoers.IsPassive(document, trigger))
        {
            for (var t = clauseStart; t < trigger.FirstToken; t++)
                if (people.Contains(document.Slice(document.Tokens[t].Range)))
                    return Actor(document, t, country, source);
            return null;
        }
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = Math.Min(clauseEnd, trigger.EndToken + Window);
        for (var t = trigger.FirstToken + 1; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (t >= trigger.EndToken && (prepositions.Contains(word) || document.Tokens[t].Is(TokenShape.Punctuation)))
                return null;
            if (people.Contains(word))
                return Actor(document, t, country, source);
        }
        return null;
    }

    private static EventActor Actor(Document document, int token, string country, List<EventActor> source) =>
        new(document.Tokens[token].Range, Jurisdictions.StateEntity(document, country) ?? source[0].Entity, document.TextOf(document.Tokens[token].Range),
            new ActorCode(country, "CVL"), null);
}
