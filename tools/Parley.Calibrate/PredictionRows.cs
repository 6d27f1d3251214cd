using System.Globalization;

namespace Parley.Calibrate;

/// <summary>One counted prediction of a gold set, as <c>parley eval cameo --predictions</c> writes it.</summary>
internal sealed record PredictionRow(string Set, string Sentence, string Verdict, int Finds, double Hand, string[] Features)
{
    public bool Right => Verdict == "right";

    public bool False => Verdict == "false";

    /// <summary>Right and false predictions are learned from; the others (root only, set aside) are not.</summary>
    public bool Labelled => Right || False;
}

/// <summary>A gold set's predictions and its gold event count.</summary>
internal sealed record PredictionSet(string Name, int Gold, IReadOnlyList<PredictionRow> Rows);

/// <summary>Reads prediction files; a malformed line stops with the file and line.</summary>
internal static class PredictionRows
{
    public static PredictionSet Read(string path)
    {
        var rows = new List<PredictionRow>();
        string? name = null;
        var gold = -1;
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.StartsWith("# set\t", StringComparison.Ordinal))
                name = line[6..];
            else if (line.StartsWith("# gold\t", StringComparison.Ordinal))
                gold = int.Parse(line[7..], CultureInfo.InvariantCulture);
            else if (line.Length == 0 || line[0] == '#' || line.StartsWith("set\t", StringComparison.Ordinal))
                continue;
            else
            {
                var c = line.Split('\t');
                if (c.Length != 8 || !double.TryParse(c[6], NumberStyles.Float, CultureInfo.InvariantCulture, out var hand))
                    throw new InvalidDataException($"{path} line {n}: expected 8 tab-separated fields (set, sentence, verdict, finds, cameo, dyad, hand, features)");
                rows.Add(new PredictionRow(c[0], c[1], c[2], int.Parse(c[3], CultureInfo.InvariantCulture), hand,
                    c[7].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            }
        }
        if (name is null || gold < 0)
            throw new InvalidDataException($"{path}: no '# set' or '# gold' line; write it with parley eval cameo GOLD --predictions FILE");
        return new PredictionSet(name, gold, rows);
    }
}
