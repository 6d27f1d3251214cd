using System.Collections.Immutable;

namespace Parley.Core.Tests;

/// <summary>Layers ordered by start offset are searched by halving, not scanned: the searches find what a scan would.</summary>
public class DocumentLayerSearchTests
{
    private static readonly Gazetted Town = new("Town", 1, 0, 0, "XXX", PlaceFeature.City);

    private static Document With(params int[] starts)
    {
        var document = new Document(new Article("a", new string('x', 200)));
        var entity = new Entity("e0", EntityType.Gpe, "X", null, null, "test");
        document.SetEntities([entity], [.. starts.Select(s => new Mention(s, s + 3, 0, MentionKind.Name))]);
        document.SetPlaces([.. starts.Select(s => new Place(s, s + 3, Town))]);
        document.SetTimes([.. starts.Select(s => new TimeExpression(s, s + 3, TimexType.Date, "2025", "test"))]);
        return document;
    }

    [Theory]
    [InlineData(new int[0], 5, 0)]
    [InlineData(new[] { 10, 20, 30 }, 0, 0)]
    [InlineData(new[] { 10, 20, 30 }, 10, 0)]
    [InlineData(new[] { 10, 20, 30 }, 11, 1)]
    [InlineData(new[] { 10, 20, 30 }, 20, 1)]
    [InlineData(new[] { 10, 20, 30 }, 30, 2)]
    [InlineData(new[] { 10, 20, 30 }, 31, 3)]
    [InlineData(new[] { 10, 10, 20 }, 10, 0)]
    public void First_item_from_an_offset_is_the_first_starting_there_or_later(int[] starts, int offset, int expected)
    {
        var document = With(starts);

        Assert.Equal(expected, document.FirstMentionFrom(offset));
        Assert.Equal(expected, document.FirstPlaceFrom(offset));
        Assert.Equal(expected, document.FirstTimeFrom(offset));
    }

    [Fact]
    public void Searches_agree_with_a_scan_on_every_offset()
    {
        var starts = new[] { 3, 7, 7, 15, 40, 41, 90, 150 };
        var document = With(starts);

        for (var offset = 0; offset < 200; offset++)
        {
            var scan = Array.FindIndex(starts, s => s >= offset) is var i and >= 0 ? i : starts.Length;
            Assert.Equal(scan, document.FirstMentionFrom(offset));
        }
    }
}
