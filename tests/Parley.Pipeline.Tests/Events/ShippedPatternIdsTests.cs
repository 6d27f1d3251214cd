using Parley.Knowledge;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A later row with the same id replaces an earlier one (that is how a user's file overrides ours), so two shipped rows
/// sharing an id would silently leave the first one dead: every shipped id is unique.
/// </summary>
public sealed class ShippedPatternIdsTests
{
    [Fact]
    public void Every_shipped_pattern_id_is_unique()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeated = new List<string>();
        foreach (var name in EventPattern.DefaultFiles)
        {
            using var reader = KnowledgeFiles.Embedded.Open(name);
            foreach (var row in Tsv.Rows(reader, name, EventPattern.Header))
                if (!seen.TryAdd(row[0], name))
                    repeated.Add($"{row[0]} ({seen[row[0]]} and {name})");
        }
        Assert.True(repeated.Count == 0, "repeated ids: " + string.Join(", ", repeated));
    }
}
