using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Events;

/// <summary>The other side a sentence gives an event without naming it: by what it is, by a condition, or by the accusation it answers.</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// The target and its rule suffix when the clause names its other side by what it is ("pleaded with civilians", "demanded
    /// that the authorities resign"), in a condition or the talks a concession followed, or as the accuser a denial answers;
    /// null when it gives none.
    /// </summary>
    private (List<EventActor> Target, string Rule)? UnnamedSide(Document document, Sentence sentence, Reading reading, TriggerMatch trigger, Arguments arguments,
        string plover, List<EventActor> source, List<ActorGroup> groups, DateOnly? date, TokenIndex index, DiscourseContext context, Gazetted? place)
    {
        // "pleaded with civilians", "overran an army base", "talks with the government": a target named by what it is, not
        // whose, is of the country its phrase names, else of where its source acts (deportees only by their phrase).
        var slots = reading.Act ?? trigger;
        if (reading is { Act: { } asks, Framed.Plover: "REQUEST" } && UnnamedTargets.Asked(document, kb, sentence, trigger, asks, plover, source) is { } addressee)
            return ([addressee], "+target.unnamed");
        if (UnnamedTargets.Of(document, kb, sentence, slots, arguments.ClauseStartToken, plover, reading.Framed?.Mode ?? trigger.Pattern.Mode ?? "",
                !slots.Pattern.Cameo.StartsWith("174", StringComparison.Ordinal), source, place) is { } unnamed)
            return ([unnamed], "+target.unnamed");
        // "would strike unless the government set a date", "called off the strike after talks with the government": the other
        // side of an ultimatum is its condition's subject; of a concession, the partner of the talks it followed.
        if (source.Count > 0 && OtherSides.Start(document, sentence, slots, plover) is { } side)
        {
            var other = GroupSearch.GroupStartingNear(groups, side, 1) is { } g && !g.Mentions.Any(arguments.Source.Contains)
                ? Resolve(document, g.Mentions, date, index) : [];
            other.RemoveAll(t => source.Exists(x => x.Code == t.Code));
            if (other.Count == 0 && UnnamedTargets.At(document, kb, sentence, side, plover, source) is { } unnamedSide)
                other.Add(unnamedSide);
            if (other.Count > 0)
                return (other, "+target.condition");
        }
        // "alleged that the army rigged the vote, charges the commission denied": a denial answers the accusation of its own sentence.
        return (reading.Framed?.Cameo ?? trigger.Pattern.Cameo) == "016" && context.AccuserOf(source) is { } accuser ? ([accuser], "+target.accuser") : null;
    }
}
