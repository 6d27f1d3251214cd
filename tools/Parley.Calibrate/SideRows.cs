using System.Globalization;

namespace Parley.Calibrate;

/// <summary>One candidate source of an act, as <c>parley eval cameo --side-candidates</c> writes it.</summary>
internal sealed record SideRow(string Set, string Act, bool Right, bool GoldAct, string[] Features)
{
    /// <summary>The rules' own choice, for an act they gave a source.</summary>
    public bool RulePick => Features.Contains("rule.pick");

    /// <summary>As a row the confidence trainer fits: right against wrong, no hand-set value.</summary>
    public PredictionRow AsPrediction() => new(Set, Act, Right ? "right" : "false", Right ? 1 : 0, 0, Features);
}

/// <summary>A gold set's candidate rows.</summary>
internal sealed record SideSet(string Name, IReadOnlyList<SideRow> Rows);

/// <summary>Reads side candidate files; a malformed line stops with the file and line.</summary>
internal static class SideRows
{
    /// <summary>The rows of one side kind only: "source" (acts the rules gave no source) or "coded" (acts they did).</summary>
    public static SideSet Read(string path, string side)
    {
        var all = Read(path);
        return all with { Rows = [.. all.Rows.Where(r => r.Act.EndsWith("/" + side, StringComparison.Ordinal))] };
    }

    public static SideSet Read(string path)
    {
        var rows = new List<SideRow>();
        string? name = null;
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.StartsWith("# set\t", StringComparison.Ordinal))
                name = line[6..];
            else if (line.Length == 0 || line[0] == '#' || line.StartsWith("set\t", StringComparison.Ordinal))
                continue;
            else
            {
                var c = line.Split('\t');
                if (c.Length != 8 || c[5] is not ("0" or "1") || c[6] is not ("0" or "1"))
                    throw new InvalidDataException($"{path} line {n}: expected 8 tab-separated fields (set, sentence, act, trigger, cameo, label, goldact, features)");
                rows.Add(new SideRow(c[0], c[0] + "/" + c[2], c[5] == "1", c[6] == "1", c[7].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            }
        }
        if (name is null)
            throw new InvalidDataException($"{path}: no '# set' line; write it with parley eval cameo GOLD --side-candidates FILE");
        _ = CultureInfo.InvariantCulture;
        return new SideSet(name, rows);
    }
}
