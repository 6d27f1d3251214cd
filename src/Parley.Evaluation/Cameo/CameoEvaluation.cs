using Parley.Core;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Cameo;

/// <summary>How gold sentences become articles.</summary>
public enum CameoMode
{
    /// <summary>A story's sentences joined with single spaces are one article, so coreference reaches back.</summary>
    InStory,
    /// <summary>Each sentence is its own article.</summary>
    Sentences,
}

/// <summary>
/// Choices of one CAMEO evaluation run. With <paramref name="Triggers"/> (the coder's patterns), a gold event missed with
/// no event in its sentence says whether a trigger of its root was there.
/// </summary>
/// With <paramref name="Features"/>, every prediction carries its confidence features (<c>--predictions</c>).
public sealed record CameoOptions(CameoMode Mode = CameoMode.InStory, bool SkipDoubtful = false, Pipeline.Events.TriggerFinder? Triggers = null,
    Pipeline.Events.ConfidenceFeatures? Features = null)
{
    /// <summary>With rows, the side ranker's candidates are labelled against the gold (<c>--side-candidates</c>; the pipeline must log to <see cref="CameoSideRows.Log"/>).</summary>
    public CameoSideRows? SideRows { get; init; }
}

/// <summary>
/// Scores coded events against real-news CAMEO gold: every gold sentence is scored against the events whose trigger
/// starts in it (see <see cref="CameoMatcher"/>).
/// </summary>
public static class CameoEvaluation
{
    public static CameoReport Evaluate(string path, Func<Article, Document> run, CameoOptions options) =>
        Evaluate(CameoGold.Read(path), path, run, options);

    public static CameoReport Evaluate(IReadOnlyList<CameoGoldSentence> gold, string origin, Func<Article, Document> run, CameoOptions options)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var scores = new List<CameoSentenceScore>(gold.Count);
        if (options.Mode == CameoMode.Sentences)
        {
            foreach (var s in gold)
            {
                var document = ArticleFactory.Run(run, ArticleFactory.Create(s.Id, s.Text, s.Published, $"{origin}#{s.Id}"));
                var predictions = new List<CameoPrediction>(document.Events.Length);
                var features = options.Features?.Of(document, document.Events);
                for (var k = 0; k < document.Events.Length; k++)
                    predictions.Add(CameoPrediction.From(document.Events[k], document, features?[k]));
                options.SideRows?.Label(document, [s], [0]);
                var triggers = options.Triggers is { } finder ? CameoTriggers.BySentence(document, [0], finder)[0] : null;
                scores.Add(CameoMatcher.Score(s, predictions, options.SkipDoubtful, triggers));
            }
        }
        else
        {
            foreach (var story in Stories(gold))
                scores.AddRange(ScoreStory(story, origin, run, options));
        }
        return new CameoReport(scores, options);
    }

    /// <summary>The story's sentences joined with single spaces, and where each starts in that text.</summary>
    public static (string Text, int[] Starts) Join(IReadOnlyList<CameoGoldSentence> story)
    {
        var starts = new int[story.Count];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < story.Count; i++)
        {
            if (i > 0)
                text.Append(' ');
            starts[i] = text.Length;
            text.Append(story[i].Text);
        }
        return (text.ToString(), starts);
    }

    /// <summary>The sentence holding <paramref name="offset"/>: the last one starting at or before it.</summary>
    public static int SentenceAt(int[] starts, int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }

    private static List<CameoSentenceScore> ScoreStory(IReadOnlyList<CameoGoldSentence> story, string origin, Func<Article, Document> run, CameoOptions options)
    {
        var (text, starts) = Join(story);
        var first = story[0];
        var document = ArticleFactory.Run(run, ArticleFactory.Create(first.Story, text, first.Published, $"{origin}#{first.Story}"));
        options.SideRows?.Label(document, story, starts);
        var bySentence = new List<CameoPrediction>[story.Count];
        for (var i = 0; i < story.Count; i++)
            bySentence[i] = [];
        var features = options.Features?.Of(document, document.Events);
        for (var k = 0; k < document.Events.Length; k++)
        {
            var e = document.Events[k];
            bySentence[SentenceAt(starts, e.Trigger.Start)].Add(CameoPrediction.From(e, document, features?[k]));
        }
        var triggers = options.Triggers is { } finder ? CameoTriggers.BySentence(document, starts, finder) : null;
        var scores = new List<CameoSentenceScore>(story.Count);
        for (var i = 0; i < story.Count; i++)
            scores.Add(CameoMatcher.Score(story[i], bySentence[i], options.SkipDoubtful, triggers?[i]));
        return scores;
    }

    /// <summary>Sentences grouped by story in order of first appearance, each story in order of its sentence numbers.</summary>
    private static List<List<CameoGoldSentence>> Stories(IReadOnlyList<CameoGoldSentence> gold)
    {
        var stories = new List<List<CameoGoldSentence>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in gold)
        {
            if (!index.TryGetValue(s.Story, out var i))
            {
                index[s.Story] = i = stories.Count;
                stories.Add([]);
            }
            stories[i].Add(s);
        }
        foreach (var story in stories)
            story.Sort((a, b) => a.N.CompareTo(b.N));
        return stories;
    }
}
