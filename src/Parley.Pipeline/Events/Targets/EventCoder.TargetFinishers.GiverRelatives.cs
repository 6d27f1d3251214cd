using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// "The ministry named two new bases, a step that drew a sharp rebuke from Beijing": the criticism a relative clause says a
    /// thing drew (<see cref="GiverRelatives"/>) is aimed at whoever did that thing, the actor that opens the sentence, not at the
    /// critic's own country. Fires only for such a relative verb, and only for an opening actor of another side than the source.
    /// </summary>
    private int RelativeThingAuthor(TargetFill f)
    {
        var (document, source, target) = (f.Document, f.Source, f.Target);
        if (source.Count == 0 || !GiverRelatives.Verb(document, f.Trigger, f.Sentence.FirstToken))
            return 0;
        foreach (var g in f.Groups)
        {
            if (g.EndToken > f.Trigger.FirstToken - 2)
                return 0;
            if (g.Mentions.Any(f.Arguments.Source.Contains))
                continue;
            var authors = Resolve(document, g.Mentions, f.Date, f.Index);
            authors.RemoveAll(a => !a.Code.KnownCountry);
            if (authors.Count == 0)
                continue;
            if (JudgeSides.Same(document, authors, source))
                return 0;
            target.Clear();
            target.AddRange(authors);
            return 1;
        }
        return 0;
    }
}
