using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Places;

/// <summary>
/// Every gazetteer entry a name can mean ("Victoria": the Australian state, the capitals of Seychelles and British
/// Columbia, a Texas city), keyed by the name folded to lower case without diacritics. Built once per knowledge base.
/// </summary>
public sealed class PlaceCandidates
{
    private readonly FrozenDictionary<string, Gazetted[]> _byName;

    public PlaceCandidates(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var byName = new Dictionary<string, List<Gazetted>>(StringComparer.Ordinal);
        foreach (var (name, place) in kb.PlaceNames)
        {
            Add(byName, Fold(name), place);
            // "Georgia (U.S. state)", "Punjab (India)": the text says only "Georgia", "Punjab".
            var paren = name.IndexOf(" (", StringComparison.Ordinal);
            if (paren > 0)
                Add(byName, Fold(name.AsSpan(0, paren)), place);
        }
        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The entries named by <paramref name="text"/> ("Beijing's" and "the Sahel" included); empty when none.</summary>
    public Gazetted[] Lookup(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal))
            text = text[..^2];
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            text = text[4..];
        return _byName.TryGetValue(Fold(text), out var found) ? found : [];
    }

    /// <summary>Lower case without diacritics: "Zürich" and "Zurich" are one key.</summary>
    public static string Fold(ReadOnlySpan<char> name)
    {
        var text = name.ToString();
        return (Entities.NamePhrases.Folded(text) ?? text).ToLowerInvariant();
    }

    private static void Add(Dictionary<string, List<Gazetted>> byName, string key, Gazetted place)
    {
        if (!byName.TryGetValue(key, out var list))
            byName[key] = list = [];
        if (!list.Contains(place))
            list.Add(place);
    }
}
