using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Places;

/// <summary>
/// <c>places.Resolver.v1</c>: every mention of a gazetteer place (city, region) is a place; a country is a place when it
/// is named as a location ("in Malaysia", "Kuala Lumpur, Malaysia"), not when it acts.
/// </summary>
public sealed class PlaceResolver(KnowledgeBase kb) : IComponent
{
    private static readonly FrozenSet<string> s_locative = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "at", "from", "near", "across", "throughout", "into", "inside", "outside", "visit", "visited", "visiting");

    public string Name => "places.Resolver.v1";
    public Layers Requires => Layers.Entities | Layers.Tokens;
    public Layers Assigns => Layers.Places;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var places = ImmutableArray.CreateBuilder<Place>();
        var lastPlaceEnd = -1;
        foreach (var m in document.Mentions)
        {
            if (m.Kind != MentionKind.Name || document.Entities[m.Entity].KbKey is not { } key)
                continue;
            if (key.StartsWith("place:", StringComparison.Ordinal) && kb.Places.TryGetValue(long.Parse(key.AsSpan(6), CultureInfo.InvariantCulture), out var place))
            {
                places.Add(new Place(m.Start, m.End, place));
                lastPlaceEnd = m.End;
            }
            else if (key.StartsWith("country:", StringComparison.Ordinal) && (IsLocative(document, m.Start) || AfterPlace(document, lastPlaceEnd, m.Start))
                && kb.CountryPlace(key[8..]) is { } country)
            {
                places.Add(new Place(m.Start, m.End, country));
            }
        }
        document.SetPlaces(places.ToImmutable());
    }

    private static bool IsLocative(Document document, int start)
    {
        // The word before the mention, skipping "the".
        var text = document.Text.AsSpan(0, start).TrimEnd();
        if (text.EndsWith("the", StringComparison.OrdinalIgnoreCase))
            text = text[..^3].TrimEnd();
        var space = text.LastIndexOfAny(' ', '\n', '\t');
        return s_locative.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[(space + 1)..]);
    }

    /// <summary>"Kuala Lumpur, Malaysia": a country right after a place names where that place is.</summary>
    private static bool AfterPlace(Document document, int placeEnd, int start) =>
        placeEnd >= 0 && start > placeEnd && document.Text.AsSpan(placeEnd, start - placeEnd).Trim() is ",";
}
