using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A fact about a whole document ("the story's country") asked per actor or per event but computed once per mention
/// layer: keyed by the layer's array, so a document whose mentions are set again is counted again, never read stale.
/// </summary>
internal sealed class MentionLayerCache<T>(Func<Document, T> compute)
{
    private readonly ConditionalWeakTable<Mention[], StrongBox<T>> _known = new();

    public T Get(Document document)
    {
        // An empty layer is one shared array for every document: computed each time (it is cheap), never keyed.
        if (ImmutableCollectionsMarshal.AsArray(document.Mentions) is not { Length: > 0 } mentions)
            return compute(document);
        if (_known.TryGetValue(mentions, out var known))
            return known.Value!;
        var value = compute(document);
        _known.AddOrUpdate(mentions, new StrongBox<T>(value));
        return value;
    }
}
