using System.Globalization;
using System.Text;

namespace Parley.Evaluation.Pos;

/// <summary>UPOS accuracy of the tagger: overall, on words the lexicon knows and on guessed ones, per gold tag, and on trigger words.</summary>
public sealed class PosReport
{
    private static readonly string[] s_order =
        ["NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "PART", "NUM", "INTJ", "SYM", "PUNCT", "X"];

    private readonly Dictionary<(string Gold, string Predicted), int> _confusion = [];

    public int Sentences { get; internal set; }

    /// <summary>Gold words read.</summary>
    public int Gold { get; internal set; }

    /// <summary>Gold words with no Parley token starting where they start (not scored).</summary>
    public int Unaligned { get; internal set; }

    public int Scored { get; private set; }
    public int Correct { get; private set; }
    public int Known { get; private set; }
    public int KnownCorrect { get; private set; }
    public int TriggerWords { get; private set; }
    public int TriggerCorrect { get; private set; }
    /// <summary>Trigger words the gold calls a verb / a noun, and how many of each were tagged so.</summary>
    public int TriggerVerbs { get; private set; }
    public int TriggerVerbsCorrect { get; private set; }
    public int TriggerNounsCorrect { get; private set; }

    public double Accuracy => Ratio(Correct, Scored);
    public double KnownAccuracy => Ratio(KnownCorrect, Known);
    public double UnknownAccuracy => Ratio(Correct - KnownCorrect, Scored - Known);
    public double TriggerAccuracy => Ratio(TriggerCorrect, TriggerWords);

    public int Count(string gold, string predicted) => _confusion.GetValueOrDefault((gold, predicted));

    internal void Add(string gold, string predicted, bool known)
    {
        Scored++;
        var ok = gold == predicted;
        if (ok) Correct++;
        if (known) { Known++; if (ok) KnownCorrect++; }
        _confusion[(gold, predicted)] = Count(gold, predicted) + 1;
    }

    internal void AddTrigger(string gold, string predicted)
    {
        TriggerWords++;
        var ok = gold == predicted;
        if (ok) TriggerCorrect++;
        if (gold == "VERB") { TriggerVerbs++; if (ok) TriggerVerbsCorrect++; }
        else if (ok) TriggerNounsCorrect++;
    }

    public string ToText()
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine(inv, $"POS (UPOS): {Sentences} sentences, {Gold} gold words, {Scored} scored ({Unaligned} not starting a Parley token, e.g. the \"'s\" of \"Russia's\")");
        s.AppendLine(inv, $"accuracy  {Pct(Accuracy)} ({Correct}/{Scored})");
        s.AppendLine(inv, $"known     {Pct(KnownAccuracy)} ({KnownCorrect}/{Known})  in the lexicon, or a number or mark");
        s.AppendLine(inv, $"unknown   {Pct(UnknownAccuracy)} ({Correct - KnownCorrect}/{Scored - Known})  guessed from shape and ending");
        s.AppendLine(inv, $"trigger words, verb vs noun  {Pct(TriggerAccuracy)} ({TriggerCorrect}/{TriggerWords}): gold VERB {TriggerVerbsCorrect}/{TriggerVerbs}, gold NOUN {TriggerNounsCorrect}/{TriggerWords - TriggerVerbs}");
        s.AppendLine("confusion (rows gold, columns predicted):");
        s.Append("gold\\pred");
        foreach (var p in s_order)
            s.Append(inv, $" {Short(p),5}");
        s.AppendLine("   right");
        foreach (var g in s_order)
        {
            var row = 0;
            foreach (var p in s_order) row += Count(g, p);
            if (row == 0) continue;
            s.Append(inv, $"{g,-9}");
            foreach (var p in s_order)
                s.Append(inv, $" {Count(g, p),5}");
            s.AppendLine(inv, $" {Pct(Ratio(Count(g, g), row)),7}");
        }
        return s.ToString();
    }

    private static string Pct(double x) => (x * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";

    private static string Short(string tag) => tag.Length > 5 ? tag[..5] : tag;

    private static double Ratio(int a, int b) => b == 0 ? 0 : a / (double)b;
}
