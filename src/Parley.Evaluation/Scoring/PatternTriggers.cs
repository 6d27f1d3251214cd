using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Evaluation.Scoring;

/// <summary>
/// The pattern triggers of a coded document, found as the coder finds them (blockers left out), whether or not an event
/// came of them: what tells a lost event (a trigger was there) from a gap in the patterns (none was).
/// </summary>
public static class PatternTriggers
{
    public static IEnumerable<TriggerMatch> In(Document document, TriggerFinder finder)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(finder);
        var matches = new List<TriggerMatch>();
        foreach (var sentence in document.Sentences)
        {
            matches.Clear();
            finder.Find(document, sentence, matches);
            foreach (var m in matches)
                if (!m.Pattern.IsBlocker)
                    yield return m;
        }
    }

    /// <summary>Why the coder coded no event from trigger <paramref name="match"/> (<see cref="UncodedReasons"/>), or null when it did or never read it.</summary>
    public static string? WhyUncoded(Document document, TriggerMatch match)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var u in document.Uncoded)
            if (u.Trigger == match.Range && u.Rule == match.Pattern.Id)
                return u.Reason;
        return null;
    }
}
