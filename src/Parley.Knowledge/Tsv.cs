using Parley.Core;

namespace Parley.Knowledge;

/// <summary>Reads Parley's TSV data files: optional leading <c>#</c> comments, one exact header, tab-separated rows.</summary>
public static class Tsv
{
    /// <summary>Yields the cells of every data row, checking the header and the column count.</summary>
    public static IEnumerable<string[]> Rows(TextReader reader, string source, params string[] header)
    {
        string? line;
        var lineNumber = 0;
        do
        {
            line = reader.ReadLine();
            lineNumber++;
        } while (line is not null && (line.StartsWith('#') || line.Length == 0));

        if (line is null)
            ErrorCodes.Throw(ErrorCodes.BadUserData, $"{source} is empty; it needs the header '{string.Join("\\t", header)}'.");
        var expected = string.Join('\t', header);
        if (line.TrimEnd('\r') != expected)
            ErrorCodes.Throw(ErrorCodes.BadUserData, $"{source} line {lineNumber}: the header must be '{expected.Replace("\t", "\\t")}'.");

        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length != header.Length)
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"{source} line {lineNumber}: {cells.Length} columns, expected {header.Length} ({expected.Replace("\t", ", ")}).");
            yield return cells;
        }
    }

    /// <summary>A <c>|</c>-separated list cell; empty means none.</summary>
    public static string[] List(string cell) =>
        cell.Length == 0 ? [] : cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? Optional(string cell) => cell.Length == 0 ? null : cell;

    public static DateOnly? Date(string cell, string source)
    {
        if (cell.Length == 0)
            return null;
        if (DateOnly.TryParseExact(cell, "yyyy-MM-dd", out var date))
            return date;
        ErrorCodes.Throw(ErrorCodes.BadUserData, $"{source}: '{cell}' is not a date in the form YYYY-MM-DD.");
        return null;
    }

    public static double Number(string cell) =>
        cell.Length == 0 ? 0 : double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
}
