using Parley.Core;
using Parley.Evaluation.Scoring;
using Parley.Pipeline.Events;

namespace Parley.Evaluation.Cameo;

/// <summary>A pattern trigger found in a gold sentence, whether or not an event came of it.</summary>
public readonly record struct CameoTrigger(string Cameo, string Rule, string Text, string? Reason = null)
{
    public string Root => CameoCodes.Root(Cameo);
}

/// <summary>
/// The pattern triggers of each gold sentence, found the way the coder finds them. A gold event missed with no event
/// in its sentence is then told apart: a trigger of its root was there (its actors or a check dropped it) or none was
/// (a gap in the patterns). The two want different work.
/// </summary>
public static class CameoTriggers
{
    /// <summary>Triggers by gold sentence; <paramref name="starts"/> are the gold sentences' offsets in the document.</summary>
    public static List<CameoTrigger>[] BySentence(Document document, int[] starts, TriggerFinder finder)
    {
        ArgumentNullException.ThrowIfNull(starts);
        var found = new List<CameoTrigger>[starts.Length];
        for (var i = 0; i < found.Length; i++)
            found[i] = [];
        foreach (var m in PatternTriggers.In(document, finder))
            found[CameoEvaluation.SentenceAt(starts, m.Range.Start)].Add(new CameoTrigger(m.Pattern.Cameo, m.Pattern.Id, document.TextOf(m.Range), PatternTriggers.WhyUncoded(document, m)));
        return found;
    }

    /// <summary>The first trigger of <paramref name="root"/>, if any.</summary>
    public static CameoTrigger? OfRoot(IReadOnlyList<CameoTrigger>? triggers, string root)
    {
        if (triggers is null)
            return null;
        foreach (var t in triggers)
            if (t.Root == root)
                return t;
        return null;
    }
}
