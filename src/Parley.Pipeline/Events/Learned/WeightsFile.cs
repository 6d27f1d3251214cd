using System.Collections.Frozen;
using System.Globalization;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The one format of every learned weights file under <c>data/patterns/</c> (the confidence, the side ranker, the event
/// judge): <c>#</c> comment lines, the header <c>feature	weight</c>, then one feature and its weight a line, separated by
/// one tab. A few named rows are required by the model that reads the file (<c>bias</c> and <c>hand</c> for the
/// confidence, <c>bias</c> and <c>threshold</c> for the ranker); every other row is a feature's weight. A bad file names
/// its line and says how to regenerate it.
/// </summary>
public static class WeightsFile
{
    /// <summary>A file read: the required rows by name, the features' weights.</summary>
    public sealed record Contents(IReadOnlyDictionary<string, double> Named, FrozenDictionary<string, double> Weights);

    /// <param name="name">The file's name for messages.</param>
    /// <param name="regenerate">How to regenerate it, ending the message ("tools/Parley.Calibrate sides-train (docs/evaluation-cameo.md, Sides)").</param>
    /// <param name="required">The named rows the model needs.</param>
    public static Contents Read(TextReader reader, string name, string regenerate, params string[] required)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var named = new Dictionary<string, double>(StringComparer.Ordinal);
        var header = false;
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var cells = line.Split('\t');
            if (!header)
            {
                if (cells is not ["feature", "weight"])
                    throw Bad(name, n, $"the header must be 'feature<TAB>weight', not '{line}'", regenerate);
                header = true;
                continue;
            }
            if (cells.Length != 2 || cells[0].Length == 0)
                throw Bad(name, n, $"expected a feature and a weight separated by one tab, got '{line}'", regenerate);
            if (!double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !double.IsFinite(w))
                throw Bad(name, n, $"weight '{cells[1]}' of '{cells[0]}' is not a number", regenerate);
            if (Array.IndexOf(required, cells[0]) >= 0 ? !named.TryAdd(cells[0], w) : !weights.TryAdd(cells[0], w))
                throw Bad(name, n, $"feature '{cells[0]}' is listed twice", regenerate);
        }
        if (!header)
            throw Bad(name, n, "no header 'feature<TAB>weight'", regenerate);
        if (required.Any(r => !named.ContainsKey(r)))
            throw Bad(name, n, $"the rows {string.Join(" and ", required.Select(r => $"'{r}'"))} are required", regenerate);
        return new Contents(named, weights.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static ParleyException Bad(string name, int line, string what, string regenerate) =>
        new(new ParleyError(ErrorCodes.BadUserData, $"{name} line {line}: {what}; regenerate it with {regenerate}."));
}
