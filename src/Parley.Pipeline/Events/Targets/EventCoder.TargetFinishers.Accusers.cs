using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// Round 61: "Chile accused Peru of arming the rebels. ... Peru rejected the charge, telling the assembly ...": a denial (016)
    /// of an accusation named by what it is (<see cref="DeniedAccusations"/>) is aimed at the accuser, in place of the body it was
    /// told to, the denier's own country or a side read from a later clause. The accuser is the one a by-phrase of the noun names
    /// ("the claims by the Chilean army"), else the story's latest accuser of the denier's country (<see cref="DeniedAccusations.LatestAccuser"/>,
    /// then <see cref="LastAccuser"/> over the pairs the slots read).
    /// Kept as read when none of another side than the denier's is found.
    /// </summary>
    private int DeniedAccuser(TargetFill f)
    {
        var (document, source, target) = (f.Document, f.Source, f.Target);
        if (source.Count == 0 || (f.Reading.Framed?.Cameo ?? f.Trigger.Pattern.Cameo) != "016"
            || DeniedAccusations.Noun(document, f.Sentence, f.Trigger) is not { } noun)
            return 0;
        List<EventActor> accusers;
        if (JudgedActs.NamedAuthor(document, f.Sentence, noun, f.Groups) is { } named && !named.Mentions.Any(f.Arguments.Source.Contains))
            accusers = Resolve(document, named.Mentions, f.Date, f.Index);
        else
            accusers = (DeniedAccusations.LatestAccuser(f.Context, source) ?? LastAccuser(document, f.Context, source, f.Date, f.Index)) is { } last ? [last] : [];
        accusers.RemoveAll(a => !a.Code.KnownCountry);
        if (accusers.Count == 0 || JudgeSides.Same(document, accusers, source) || SharesCountry(accusers, target) && accusers.Count == target.Count)
            return 0;
        target.Clear();
        target.AddRange(accusers);
        return 1;
    }
}
