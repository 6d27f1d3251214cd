using Parley.Core;

namespace Parley.Evaluation.Time;

/// <summary>
/// Scores a pipeline's time expressions against a folder of TempEval-3 TimeML files (*.tml): each file's text
/// (tags stripped) is run as an article with the file's DCT, and the predicted expressions are matched to the gold.
/// </summary>
public static class TimeMlEvaluation
{
    public static TimeEvalReport Evaluate(string folder, Func<Article, Document> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!Directory.Exists(folder))
            ErrorCodes.Throw(ErrorCodes.NotFound, $"TimeML folder '{folder}' does not exist; pass a folder of TempEval-3 .tml files.");
        var files = Directory.GetFiles(folder, "*.tml", SearchOption.AllDirectories);
        if (files.Length == 0)
            ErrorCodes.Throw(ErrorCodes.NotFound, $"TimeML folder '{folder}' holds no .tml files; pass a folder of TempEval-3 .tml files.");
        Array.Sort(files, StringComparer.Ordinal);
        var tally = new Tally();
        foreach (var file in files)
        {
            var gold = TimeMlDocument.Parse(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            var article = new Article(gold.Id, gold.Text)
            {
                Published = gold.Dct is { } d ? new Publication(d, null, PublishedSource.Metadata) : null,
                Origin = file,
            };
            tally.Add(gold, run(article));
        }
        return tally.Report(files.Length);
    }

    /// <summary>Counts matches and errors document by document.</summary>
    private sealed class Tally
    {
        private int _gold, _predicted, _strict, _relaxed, _type, _value;
        private readonly List<TimeEvalError> _errors = [];

        public void Add(TimeMlDocument gold, Document document)
        {
            var predicted = document.Times;
            _gold += gold.Times.Count;
            _predicted += predicted.Length;
            var used = new bool[predicted.Length];
            foreach (var g in gold.Times)
            {
                var match = BestOverlap(g, predicted, used);
                if (match < 0)
                {
                    _errors.Add(new TimeEvalError(TimeEvalErrorKind.Missed, gold.Id, Slice(gold.Text, g.Start, g.End), g.Type + " " + g.Value, "", ""));
                    continue;
                }
                used[match] = true;
                var p = predicted[match];
                var type = TypeName(p.Type);
                // One error a pair, the most telling kind last: a wrong value matters more than a wrong boundary.
                TimeEvalError? error = null;
                _relaxed++;
                if (p.Start == g.Start && p.End == g.End)
                    _strict++;
                else
                    error = Error(TimeEvalErrorKind.Boundary, gold, g, document, p);
                if (type == g.Type)
                    _type++;
                else
                    error = Error(TimeEvalErrorKind.Type, gold, g, document, p);
                if (p.Value == g.Value)
                    _value++;
                else
                    error = Error(TimeEvalErrorKind.Value, gold, g, document, p);
                if (error is not null)
                    _errors.Add(error);
            }
            for (var i = 0; i < predicted.Length; i++)
            {
                if (!used[i])
                    _errors.Add(new TimeEvalError(TimeEvalErrorKind.Spurious, gold.Id, "", "", document.TextOf(predicted[i].Range), TypeName(predicted[i].Type) + " " + predicted[i].Value));
            }
        }

        public TimeEvalReport Report(int documents) =>
            new(documents, new SpanScores(_gold, _predicted, _strict, _relaxed), _type, _value, _errors);

        /// <summary>The unused prediction that overlaps the gold span most (exact spans win), or -1.</summary>
        private static int BestOverlap(GoldTime g, System.Collections.Immutable.ImmutableArray<TimeExpression> predicted, bool[] used)
        {
            int best = -1, bestOverlap = 0;
            for (var i = 0; i < predicted.Length; i++)
            {
                var p = predicted[i];
                var overlap = Math.Min(p.End, g.End) - Math.Max(p.Start, g.Start);
                if (used[i] || overlap <= 0 && !(g.Start == g.End && p.Start <= g.Start && g.Start < p.End))
                    continue;
                var score = p.Start == g.Start && p.End == g.End ? int.MaxValue : Math.Max(overlap, 1);
                if (score > bestOverlap)
                {
                    best = i;
                    bestOverlap = score;
                }
            }
            return best;
        }

        private static TimeEvalError Error(TimeEvalErrorKind kind, TimeMlDocument gold, GoldTime g, Document document, TimeExpression p) =>
            new(kind, gold.Id, Slice(gold.Text, g.Start, g.End), g.Type + " " + g.Value, document.TextOf(p.Range), TypeName(p.Type) + " " + p.Value);

        private static string Slice(string text, int start, int end) => text[start..end].ReplaceLineEndings(" ");

        private static string TypeName(TimexType type) => type switch
        {
            TimexType.Date => "DATE",
            TimexType.Time => "TIME",
            TimexType.Duration => "DURATION",
            _ => "SET",
        };
    }
}
