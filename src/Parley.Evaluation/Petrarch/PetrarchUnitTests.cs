using Parley.Core;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Petrarch;

/// <summary>What the pipeline coded for one unit-test record.</summary>
public sealed record PetrarchOutcome(PetrarchRecord Record, IReadOnlyList<CameoTriple> Predicted)
{
    /// <summary>The predicted triples equal the expected ones, as sets.</summary>
    public bool Passed => SameSet(Record.Expected, Predicted, root: false);

    /// <summary>The same dyads with the same CAMEO roots, as sets.</summary>
    public bool PassedByRoot => SameSet(Record.Expected, Predicted, root: true);

    public int ExpectedFound
    {
        get
        {
            var found = 0;
            foreach (var t in Record.Expected)
                if (Predicted.Contains(t))
                    found++;
            return found;
        }
    }

    public int FalseTriples => Predicted.Count - ExpectedFound;

    private static bool SameSet(IReadOnlyList<CameoTriple> a, IReadOnlyList<CameoTriple> b, bool root)
    {
        var left = new HashSet<CameoTriple>();
        foreach (var t in a)
            left.Add(root ? t.Root : t);
        var right = new HashSet<CameoTriple>();
        foreach (var t in b)
            right.Add(root ? t.Root : t);
        return left.SetEquals(right);
    }
}

/// <summary>
/// Runs PETRARCH's unit-test sentences and compares (source, target, CAMEO) triples with the expected ones. The
/// expected codes come from PETRARCH's fictional validation dictionaries: run Parley with them converted
/// (<see cref="PetrarchDictionaries"/>) for the comparison to mean anything.
/// </summary>
public static class PetrarchUnitTests
{
    public static PetrarchReport Evaluate(string xmlPath, Func<Article, Document> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var outcomes = new List<PetrarchOutcome>();
        foreach (var record in PetrarchRecords.Read(xmlPath))
        {
            var article = ArticleFactory.Create(record.Id, record.Text, record.Date, $"{xmlPath}#{record.Id}");
            outcomes.Add(new PetrarchOutcome(record, Triples(ArticleFactory.Run(run, article))));
        }
        return new PetrarchReport(outcomes);
    }

    /// <summary>Every (source, target) pair of every event, with an empty code for a missing side; each triple once.</summary>
    public static IReadOnlyList<CameoTriple> Triples(Document document)
    {
        var triples = new List<CameoTriple>();
        foreach (var e in document.Events)
            foreach (var source in Codes(e.Source))
                foreach (var target in Codes(e.Target))
                {
                    var triple = CameoTriple.Of(source, target, e.Cameo);
                    if (!triples.Contains(triple))
                        triples.Add(triple);
                }
        return triples;
    }

    private static string[] Codes(IReadOnlyList<EventActor> actors)
    {
        if (actors.Count == 0)
            return [""];
        var codes = new string[actors.Count];
        for (var i = 0; i < actors.Count; i++)
            codes[i] = actors[i].Code.Code;
        return codes;
    }
}
