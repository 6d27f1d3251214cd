using System.Globalization;
using System.Text;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Petrarch;

/// <summary>Pass rates over PETRARCH's unit-test records, overall and per category.</summary>
public sealed class PetrarchReport(IReadOnlyList<PetrarchOutcome> outcomes)
{
    public IReadOnlyList<PetrarchOutcome> Outcomes { get; } = outcomes;

    public int Records => Outcomes.Count;

    /// <summary>Records whose predicted triples equal the expected ones.</summary>
    public Ratio Passed => Count(Outcomes, o => o.Passed);

    /// <summary>Records whose dyads and CAMEO roots match.</summary>
    public Ratio PassedByRoot => Count(Outcomes, o => o.PassedByRoot);

    /// <summary>Expected triples that were predicted, out of all expected triples.</summary>
    public Ratio ExpectedFound
    {
        get
        {
            Ratio r = default;
            foreach (var o in Outcomes)
                r += new Ratio(o.ExpectedFound, o.Record.Expected.Count);
            return r;
        }
    }

    /// <summary>Predicted triples that were not expected.</summary>
    public int FalseTriples => Outcomes.Sum(o => o.FalseTriples);

    /// <summary>Pass counts (exact and by root) per category, in category order.</summary>
    public IReadOnlyDictionary<string, (Ratio Passed, Ratio PassedByRoot)> ByCategory
    {
        get
        {
            var categories = new SortedDictionary<string, (Ratio, Ratio)>(StringComparer.Ordinal);
            foreach (var group in Outcomes.GroupBy(o => o.Record.Category))
                categories[group.Key] = (Count(group, o => o.Passed), Count(group, o => o.PassedByRoot));
            return categories;
        }
    }

    public string ToText()
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine(inv, $"PETRARCH unit tests: {Records} records");
        s.AppendLine(inv, $"passed (exact triples)     {Passed.Format()}");
        s.AppendLine(inv, $"passed (dyad + CAMEO root) {PassedByRoot.Format()}");
        s.AppendLine(inv, $"expected triples found     {ExpectedFound.Format()}");
        s.AppendLine(inv, $"false triples              {FalseTriples}");
        s.AppendLine();
        s.AppendLine("category      exact            by root");
        foreach (var (category, (passed, byRoot)) in ByCategory)
            s.AppendLine(inv, $"{category,-13} {passed.Format(),-16} {byRoot.Format()}");
        s.AppendLine();
        s.AppendLine("failures (id, expected | predicted, text):");
        foreach (var o in Outcomes)
            if (!o.Passed)
                s.AppendLine(inv, $"{o.Record.Id}\t{Join(o.Record.Expected)} | {Join(o.Predicted)}\t{ArticleFactory.Truncate(o.Record.Text, 100)}");
        return s.ToString();
    }

    private static string Join(IReadOnlyList<CameoTriple> triples) => triples.Count == 0 ? "none" : string.Join("; ", triples);

    private static Ratio Count(IEnumerable<PetrarchOutcome> outcomes, Func<PetrarchOutcome, bool> test)
    {
        int count = 0, total = 0;
        foreach (var o in outcomes)
        {
            total++;
            if (test(o))
                count++;
        }
        return new Ratio(count, total);
    }
}
