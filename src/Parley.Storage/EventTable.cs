using System.Globalization;
using System.Text;

namespace Parley.Storage;

/// <summary>
/// A plain-text table for terminals: a header, then one line per event with columns padded to the widest value
/// (long values cut with an ellipsis so a line stays readable). An actor read from a place (role <c>place</c>) shows
/// with "@" before it: "troops shelled villages in Kordofan" is <c>SDNMIL</c> against <c>@Kordofan (SDN)</c>.
/// A background event (history long before its story) has "background" after its date: <c>2019 background</c>.
/// </summary>
internal static class EventTable
{
    private const int MaxWidth = 40;

    private static readonly string[] Header = ["EVENT", "DATE", "TYPE", "CAMEO", "FACT", "SOURCE", "TARGET", "PLACE", "CONF", "TRIGGER"];

    public static void Write(IReadOnlyList<EventRow> rows, TextWriter output)
    {
        var cells = new string[rows.Count][];
        var widths = new int[Header.Length];
        for (var c = 0; c < Header.Length; c++)
            widths[c] = Header[c].Length;
        for (var r = 0; r < rows.Count; r++)
        {
            cells[r] = Cells(rows[r]);
            for (var c = 0; c < Header.Length; c++)
                widths[c] = Math.Max(widths[c], cells[r][c].Length);
        }
        var line = new StringBuilder();
        WriteLine(output, line, Header, widths);
        foreach (var row in cells)
            WriteLine(output, line, row, widths);
    }

    private static string[] Cells(EventRow row) =>
    [
        row.EventId,
        row.Background == true ? $"{row.TimeValue} background" : row.TimeValue,
        row.Mode is null ? row.Plover : $"{row.Plover}/{row.Mode}",
        row.Cameo,
        row.Factuality,
        Cut(Marked(row.Source, row.SourceRoles)),
        Cut(Marked(row.Target, row.TargetRoles)),
        Cut(row.Place ?? ""),
        row.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
        Cut(row.TriggerText),
    ];

    private static void WriteLine(TextWriter output, StringBuilder line, string[] cells, int[] widths)
    {
        line.Clear();
        for (var c = 0; c < cells.Length; c++)
        {
            if (c > 0)
                line.Append("  ");
            line.Append(cells[c]);
            if (c < cells.Length - 1)
                line.Append(' ', widths[c] - cells[c].Length);
        }
        output.WriteLine(line.ToString().TrimEnd());
    }

    /// <summary>A side's display with "@" before each actor read from a place: <c>Kenyan police (KENCOP)</c>, <c>@Kordofan (SDN)</c>.</summary>
    private static string Marked(string display, string roles)
    {
        if (!roles.Contains("place", StringComparison.Ordinal))
            return display;
        var actors = display.Split("; ");
        var words = roles.Split(';');
        if (actors.Length != words.Length)
            return display; // a name holding "; " cannot be told apart: shown unmarked
        for (var i = 0; i < actors.Length; i++)
            if (words[i] == "place")
                actors[i] = "@" + actors[i];
        return string.Join("; ", actors);
    }

    private static string Cut(string value)
    {
        // Line breaks inside a value would break the one-line-per-event layout.
        var flat = value.ReplaceLineEndings(" ");
        return flat.Length <= MaxWidth ? flat : string.Concat(flat.AsSpan(0, MaxWidth - 1), "…");
    }
}
