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

    [Theory]
    [InlineData(10, 11, 0)]   // the first token of a mention
    [InlineData(12, 13, 0)]   // its last character
    [InlineData(13, 14, -1)]  // right after it
    [InlineData(20, 23, 1)]   // a range the mention spans exactly
    [InlineData(19, 23, -1)]  // a range that starts before every mention holding it
    [InlineData(21, 24, -1)]  // a range that runs past its mention's end
    [InlineData(5, 6, -1)]    // before any mention
    public void The_mention_over_a_range_starts_at_or_before_it_and_ends_at_or_after_it(int start, int end, int expected) =>
        Assert.Equal(expected, With(10, 20, 30).MentionOver(start, end));

    [Fact]
    public void Mention_over_agrees_with_a_scan_on_every_point()
    {
        var starts = new[] { 3, 7, 15, 40, 90, 150 };
        var document = With(starts);

        for (var offset = 0; offset < 200; offset++)
        {
            var scan = Array.FindLastIndex(starts, s => s <= offset && offset < s + 3);
            Assert.Equal(scan, document.MentionOver(offset, offset + 1));
        }
    }
    [Fact]
    public void Items_starting_in_a_range_are_those_a_scan_finds_in_order()
    {
        var starts = new[] { 3, 7, 7, 15, 40, 41, 90, 150 };
        var document = With(starts);

        for (var start = 0; start < 160; start += 3)
            for (var end = start - 2; end < 165; end += 7)
            {
                var scan = starts.Where(s => s >= start && s < end).ToArray();
                Assert.Equal(scan, document.MentionsStartingIn(start, end).ToArray().Select(m => m.Start));
                Assert.Equal(scan, document.PlacesStartingIn(start, end).ToArray().Select(p => p.Start));
            }
    }
}
