using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Floods hit villages in Laos and Cambodia. ... Charities handed out blankets where roads were open.": humanitarian relief
/// that names no recipient is for the people of the crisis it answers: of the country a fronted "In X," places the act in,
/// else of the countries the story's lead sentence places its events in ("in Laos and Cambodia").
/// </summary>
internal static class ReliefRecipients
{
    /// <summary>The people (CVL) of the crisis countries; empty when neither the clause nor the lead places the act.</summary>
    public static List<EventActor> Of(Document document, Sentence sentence, TriggerMatch trigger, TokenIndex index)
    {
        var fronted = Placed(document, sentence, index, trigger.FirstToken, frontedOnly: true);
        return fronted.Count > 0 || document.Sentences.Length == 0 ? fronted
            : Placed(document, document.Sentences[0], index, document.Sentences[0].FirstToken + document.Sentences[0].TokenCount, frontedOnly: false);
    }

    /// <summary>
    /// Countries named after "in" before <paramref name="endToken"/>, with those joined to them by "and" or a comma ("in Laos
    /// and Cambodia"); with <paramref name="frontedOnly"/>, only a phrase that opens the sentence ("In Laos, ...").
    /// </summary>
    private static List<EventActor> Placed(Document document, Sentence sentence, TokenIndex index, int endToken, bool frontedOnly)
    {
        var people = new List<EventActor>();
        var previousEnd = -1;
        foreach (var m in document.Mentions)
        {
            if (m.Start < sentence.Start || m.End > sentence.End)
                continue;
            var first = index.TokenAt(m.Start);
            var last = index.TokenAt(m.End - 1);
            if (last >= endToken)
                break;
            if (document.Entities[m.Entity].KbKey is not { } key || !key.StartsWith("country:", StringComparison.Ordinal) || first == 0)
                continue;
            var before = document.Slice(document.Tokens[first - 1].Range);
            var placed = before is "in" or "In" && (!frontedOnly || first - 1 == sentence.FirstToken)
                || before is "and" or "," && previousEnd == first - 1;
            if (!placed)
                continue;
            previousEnd = last + 1;
            var country = key["country:".Length..];
            if (!people.Exists(p => p.Code.Country == country))
                people.Add(new EventActor(m.Range, m.Entity, document.Entities[m.Entity].Name, new ActorCode(country, "CVL"), null, ActorRole.Place));
        }
        return people;
    }
}
