using System.Globalization;
using System.Text;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Cameo;

/// <summary>How one rule's (or one trigger word's) counted predictions scored: right, dyad wrong, and false by kind.</summary>
public sealed record RuleScore(string Key)
{
    public int Predictions { get; set; }

    /// <summary>Root and dyad agree with a gold event.</summary>
    public int Right { get; set; }

    /// <summary>The root found a gold event whose dyad disagrees (neither right nor false).</summary>
    public int DyadWrong { get; set; }

    public int WrongRoot { get; set; }

    public int Extra { get; set; }

    public int NoGold { get; set; }

    public int False => WrongRoot + Extra + NoGold;
}

/// <summary>
/// Counted predictions by the rule that coded them and by their trigger word, pooled over one or more CAMEO reports
/// (<c>parley eval cameo --by-rule a.jsonl b.jsonl ...</c>): which rows are wrong more often than right. A prediction is
/// right when it found a gold event (root and dyad), dyad-wrong when its root found one whose actors disagree, false by the
/// report's kinds; the rest (the other direction of a two-sided act, a doubtful gold event's root) are only counted.
/// E.g. <c>consult.meet.v2  12  9  1  2  0  1  1</c>: twelve predictions, nine right, one with the wrong dyad, two false.
/// </summary>
public sealed class CameoRuleTally
{
    private readonly Dictionary<string, RuleScore> _rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleScore> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleScore> _rows = new(StringComparer.Ordinal);
    private readonly List<string> _false = [];

    public int Reports { get; private set; }

    public int Gold { get; private set; }

    public int Found { get; private set; }

    public int Predictions { get; private set; }

    public int False { get; private set; }

    public IReadOnlyCollection<RuleScore> Rules => _rules.Values;

    public IReadOnlyCollection<RuleScore> Words => _words.Values;

    /// <summary>
    /// By pattern row: each '+'-joined part of a rule id ("frame.modal.v1+support.defend.v1" counts under both), so a row's
    /// figures are every prediction it had a hand in, whatever frame or side rule joined it.
    /// </summary>
    public IReadOnlyCollection<RuleScore> Rows => _rows.Values;

    /// <summary>Every false prediction: rule, kind, sentence id, prediction, sentence (as <c>--errors</c>, with the rule first).</summary>
    public IReadOnlyList<string> FalseLines => _false;

    public void Add(CameoReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Reports++;
        Gold += report.GoldEvents;
        Found += report.Found.Count;
        Predictions += report.Predictions;
        False += report.False.Count;
        foreach (var s in report.Sentences)
        {
            foreach (var p in s.Predictions)
            {
                var id = p.Rule ?? "-";
                Count(Row(_rules, id), s, p);
                Count(Row(_words, $"{p.Root} {p.Trigger.ToLowerInvariant()}"), s, p);
                foreach (var part in id.Split('+').Distinct(StringComparer.Ordinal))
                    Count(Row(_rows, part), s, p);
            }
            foreach (var f in s.False)
            {
                _false.Add($"false\t{f.Prediction.Rule ?? "-"}\t{CameoReport.FalseName(f.Kind)}\t{s.Sentence.Id}\t{CameoReport.Describe(f.Prediction)}\t{ArticleFactory.Truncate(s.Sentence.Text, 120)}");
            }
        }
    }

    private static RuleScore Row(Dictionary<string, RuleScore> rows, string key)
    {
        if (!rows.TryGetValue(key, out var row))
            rows[key] = row = new RuleScore(key);
        return row;
    }

    private static void Count(RuleScore row, CameoSentenceScore s, CameoPrediction p)
    {
        row.Predictions++;
        bool right = false, root = false;
        foreach (var m in s.Matches)
        {
            if (!ReferenceEquals(m.Prediction, p))
                continue;
            if (m.DyadAgrees)
                right = true;
            else
                root = true;
        }
        if (right)
        {
            row.Right++;
            return;
        }
        foreach (var f in s.False)
        {
            if (!ReferenceEquals(f.Prediction, p))
                continue;
            switch (f.Kind)
            {
                case FalseKind.WrongRoot: row.WrongRoot++; break;
                case FalseKind.Extra: row.Extra++; break;
                default: row.NoGold++; break;
            }
            return;
        }
        if (root)
            row.DyadWrong++;
    }

    /// <summary>Worst balance first: false minus right, then false, then the key.</summary>
    public static IEnumerable<RuleScore> Worst(IEnumerable<RuleScore> rows) =>
        rows.OrderByDescending(r => r.False - r.Right).ThenByDescending(r => r.False).ThenBy(r => r.Key, StringComparer.Ordinal);

    /// <summary>
    /// The pooled totals, then the rules, the pattern rows and the trigger words (root and lower-cased words), worst balance
    /// first; with <paramref name="errors"/>, every false prediction with its rule.
    /// </summary>
    public string ToText(bool errors = false)
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine(inv, $"by rule, pooled over {Reports} report(s): found {Found}/{Gold}, false {False}/{Predictions}");
        Append(s, "rule", Rules);
        s.AppendLine();
        Append(s, "row", Rows);
        s.AppendLine();
        Append(s, "trigger", Words);
        if (errors)
        {
            s.AppendLine();
            s.AppendLine("false predictions by rule (rule, kind, id, prediction, sentence):");
            foreach (var line in _false.OrderBy(l => l.Split('\t')[1], StringComparer.Ordinal))
                s.AppendLine(line);
        }
        return s.ToString();
    }

    private static void Append(StringBuilder s, string what, IEnumerable<RuleScore> rows)
    {
        s.AppendLine(CultureInfo.InvariantCulture, $"{what,-40}  predicted  right  dyad  false  wrong-root  extra  no-gold");
        foreach (var r in Worst(rows))
            s.AppendLine(CultureInfo.InvariantCulture, $"{r.Key,-40}  {r.Predictions,9}  {r.Right,5}  {r.DyadWrong,4}  {r.False,5}  {r.WrongRoot,10}  {r.Extra,5}  {r.NoGold,7}");
    }
}
