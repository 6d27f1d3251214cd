using System.Globalization;
using System.Text;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Ner;

/// <summary>Exact-span NER scores: per gold type, micro over all types, and span-only (type ignored).</summary>
public sealed class NerReport
{
    /// <param name="documents">How many documents the sentences were run as, or 0 when each sentence was an article of its own.</param>
    public NerReport(NerFormat format, int sentences, IReadOnlyDictionary<string, Prf> perType, Prf spansOnly, int documents = 0)
    {
        Format = format;
        Sentences = sentences;
        Documents = documents;
        PerType = new SortedDictionary<string, Prf>(perType.ToDictionary(), StringComparer.Ordinal);
        Prf micro = default;
        foreach (var prf in PerType.Values)
            micro += prf;
        Micro = micro;
        SpansOnly = spansOnly;
    }

    public NerFormat Format { get; }

    public int Sentences { get; }

    /// <summary>How many documents were run (a sentence can then reach back to names earlier in its story); 0: sentence by sentence.</summary>
    public int Documents { get; }

    /// <summary>Counts by gold-scheme type (PER, ORG, LOC, MISC).</summary>
    public IReadOnlyDictionary<string, Prf> PerType { get; }

    /// <summary>Exact span and type, summed over types.</summary>
    public Prf Micro { get; }

    /// <summary>Exact span, type ignored: how well boundaries alone are found.</summary>
    public Prf SpansOnly { get; }

    public int GoldSpans => Micro.Gold;

    public string ToText()
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine(inv, $"NER ({Format}): {Sentences} sentences {(Documents > 0 ? $"in {Documents} documents" : "each on its own")}, {GoldSpans} gold spans; exact span match, name and metonym mentions");
        foreach (var (type, prf) in PerType)
            s.AppendLine(inv, $"{type,-5} {prf.Format()}");
        s.AppendLine(inv, $"micro {Micro.Format()}");
        s.AppendLine(inv, $"spans {SpansOnly.Format()}  (type ignored)");
        return s.ToString();
    }
}
