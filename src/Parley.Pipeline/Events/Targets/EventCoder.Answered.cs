using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// "filed a case at the world court accusing Israel of genocide", "sued the company in a French court": a lawsuit is aimed
    /// at the one it accuses, named after "accusing", "charging" or "against" in its clause, not at the court it is filed in;
    /// null when the target is no court or no one is so named.
    /// </summary>
    private List<EventActor>? Sued(Document document, Sentence sentence, TriggerMatch slots, string cameo, List<EventActor> source, List<EventActor> target,
        List<ActorGroup> groups, DateOnly? date, TokenIndex index)
    {
        if (!cameo.StartsWith("115", StringComparison.Ordinal) || source.Count == 0 || target.Count == 0 || !target.TrueForAll(t => t.Code.Sector == "JUD"))
            return null;
        var end = Math.Min(sentence.EndToken, slots.EndToken + 12);
        for (var t = slots.EndToken; t + 1 < end; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is not ("accusing" or "charging" or "against"))
                continue;
            if (GroupSearch.GroupStartingNear(groups, t + 1, 2) is not { } g || GroupSearch.PrepositionBetween(document, t + 1, g.FirstToken))
                return null;
            var accused = Resolve(document, g.Mentions, date, index);
            accused.RemoveAll(a => source.Exists(x => x.Code.Country == a.Code.Country) || target.Exists(x => x.Entity == a.Entity));
            return accused.Count > 0 ? accused : null;
        }
        return null;
    }

    /// <summary>
    /// A target of the source's own country that the sentence shows is not the side the act answers: a threat whose
    /// condition names another country is aimed at that country ("warned that Islamabad would shoot down drones if India sent
    /// more aircraft": Islamabad is the threatener itself), and a refusal of something at home despite another
    /// country's plea is aimed at the pleader ("refused to free the activist despite a plea from the French president").
    /// Null when the target is not all the source's own, or the sentence names no such other side.
    /// </summary>
    private (List<EventActor> Target, string Rule)? AnsweredSide(Document document, Sentence sentence, TriggerMatch slots, Arguments arguments, string plover,
        List<EventActor> source, List<EventActor> target, List<ActorGroup> groups, DateOnly? date, TokenIndex index)
    {
        if (source.Count == 0 || target.Count == 0 || plover is not ("THREATEN" or "REJECT")
            || !target.TrueForAll(t => source.Exists(x => x.Code.Country == t.Code.Country)) || source[0].Code.Country is not { Length: 3 } own || own is "IGO" or "NGO" or "---")
            return null;
        List<EventActor> other = [];
        var suffix = "";
        if (plover == "THREATEN" && OtherSides.Start(document, sentence, slots, plover) is { } side
            && GroupSearch.GroupStartingNear(groups, side, 1) is { } g && !g.Mentions.Any(arguments.Source.Contains))
            (other, suffix) = (Resolve(document, g.Mentions, date, index), "+target.condition");
        else if (plover == "REJECT" && PressureSources.Of(document, kb, sentence, groups, arguments.Source, source, out var capital) is { } pressing)
            (other, suffix) = (capital is { } c ? [c] : Resolve(document, pressing, date, index), "+target.pressure");
        other.RemoveAll(t => t.Code.Country is not { Length: 3 } country || country == "---" || source.Exists(x => x.Code.Country == country));
        return other.Count > 0 ? (other, suffix) : null;
    }
}
