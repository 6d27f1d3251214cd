using Parley.Core;

namespace Parley.Storage.Tests;

public sealed class EventStoreTests : IDisposable
{
    private const string Text =
        "Secretary of State Marco Rubio met Wang Yi in Kuala Lumpur on Friday. " +
        "Marco Rubio later criticised Sergey Lavrov, saying \"talks, not threats\" were needed.";

    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Document Meeting(string id = "kl-1") => new DocumentBuilder(id, Text) { Url = "https://example.org/kl" }
        .Event("met", DocumentBuilder.Rubio, DocumentBuilder.WangYi, "2025-07-11", place: DocumentBuilder.KualaLumpur)
        .Event("criticised", DocumentBuilder.Rubio, DocumentBuilder.Lavrov, "2025-07", plover: "ACCUSE", cameo: "111", mode: null,
            factuality: Factuality.Negated, confidence: 0.6)
        .Build();

    [Fact]
    public void Store_then_query_returns_every_field_from_the_stored_rows()
    {
        using var store = _temp.Open();

        var result = store.Store([Meeting()], "test-pipeline");
        var rows = store.QueryEvents(new EventQuery());

        Assert.Equal(new StoreResult(1, 0, 2), result);
        Assert.Equal(2, rows.Count);
        var met = rows.Single(r => r.EventId == "kl-1/V1");
        Assert.Equal("kl-1", met.ArticleId);
        Assert.Equal(("CONSULT", "meet", "044", 1.0, 1, "asserted"), (met.Plover, met.Mode, met.Cameo, met.Goldstein, met.Quad, met.Factuality));
        Assert.Equal(("2025-07-11", "day", "explicit"), (met.TimeValue, met.TimePrecision, met.TimeBasis));
        Assert.Equal(("Kuala Lumpur", "MYS", (long?)1735161), (met.Place, met.PlaceCountry, met.PlaceGeonameId));
        Assert.Equal(("Marco Rubio (USAGOV)", "USAGOV"), (met.Source, met.SourceCodes));
        Assert.Equal(("Wang Yi (CHNGOV)", "CHNGOV"), (met.Target, met.TargetCodes));
        Assert.Equal("met", met.TriggerText);
        Assert.Equal("Secretary of State Marco Rubio met Wang Yi in Kuala Lumpur on Friday.", met.SentenceText);
        Assert.Equal((0.8, "test.consult.v1"), (met.Confidence, met.Rule));
        Assert.Equal(("https://example.org/kl", "2025-07-10"), (met.Url, met.Published));
        var accused = rows.Single(r => r.EventId == "kl-1/V2");
        Assert.Equal(("ACCUSE", null, "negated", "month"), (accused.Plover, accused.Mode, accused.Factuality, accused.TimePrecision));
        Assert.Null(accused.Place);
        Assert.StartsWith("Marco Rubio later criticised", accused.SentenceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_are_numbered_in_document_order_and_returned_by_time()
    {
        using var store = _temp.Open();
        store.Store([DocumentBuilder.WithEvents("late", 3, "2025-08-01"), DocumentBuilder.WithEvents("early", 2, "2025-01-05")], "p");

        var ids = store.QueryEvents(new EventQuery()).Select(r => r.EventId);

        Assert.Equal(["early/V1", "early/V2", "late/V1", "late/V2", "late/V3"], ids);
    }

    [Fact]
    public void Storing_the_same_batch_twice_stores_it_once()
    {
        using var store = _temp.Open();
        var batch = new[] { Meeting("a"), DocumentBuilder.WithEvents("b", 3) };

        var first = store.Store(batch, "p");
        var second = store.Store(batch, "p");

        Assert.Equal(new StoreResult(2, 0, 5), first);
        Assert.Equal(new StoreResult(0, 2, 0), second);
        Assert.Equal(new StoreCounts(2, 5, 0), store.Counts());
    }

    [Fact]
    public void The_same_text_under_another_id_is_a_duplicate_even_within_one_batch()
    {
        using var store = _temp.Open();

        var first = store.Store([Meeting("a"), Meeting("copy-of-a")], "p");
        var later = store.Store([Meeting("another-copy")], "p");

        Assert.Equal(new StoreResult(1, 1, 2), first);
        Assert.Equal(new StoreResult(0, 1, 0), later);
        Assert.Equal(1, store.Counts().Articles);
    }

    [Fact]
    public void A_new_text_under_a_stored_id_is_a_conflict_recorded_as_a_failure()
    {
        using var store = _temp.Open();
        store.Store([Meeting("a")], "p");

        var result = store.Store([DocumentBuilder.WithEvents("a", 2)], "p");

        Assert.Equal(new StoreResult(0, 0, 0) { Conflicts = 1 }, result);
        Assert.Equal(new StoreCounts(1, 2, 1), store.Counts());
    }

    [Fact]
    public void Failures_are_stored_and_counted()
    {
        using var store = _temp.Open();

        store.StoreFailure(new ArticleFailure("bad-1", "feed.xml", new ParleyError(ErrorCodes.MalformedFeed, "not a feed")));
        store.StoreFailure(new ArticleFailure("bad-2", "notes.bin", new ParleyError(ErrorCodes.BinaryInput, "binary")));

        Assert.Equal(new StoreCounts(0, 0, 2), store.Counts());
    }

    [Fact]
    public void A_reopened_file_shows_the_same_rows()
    {
        IReadOnlyList<EventRow> before;
        using (var store = _temp.Open())
        {
            store.Store([Meeting(), DocumentBuilder.WithEvents("more", 4)], "p");
            store.StoreFailure(new ArticleFailure("x", "x.txt", new ParleyError(ErrorCodes.EmptyInput, "empty")));
            before = store.QueryEvents(new EventQuery());
        }

        using var reopened = _temp.Open();

        Assert.Equal(new StoreCounts(2, 6, 1), reopened.Counts());
        Assert.Equal(before, reopened.QueryEvents(new EventQuery()));
    }

    [Fact]
    public void Offsets_count_utf16_units_so_sentences_after_emoji_are_cut_exactly()
    {
        using var store = _temp.Open();
        const string Emoji = "Crowds cheered 🎉 in the square. Marco Rubio met Wang Yi on Friday.";
        store.Store([new DocumentBuilder("emoji", Emoji).Event("met", DocumentBuilder.Rubio, DocumentBuilder.WangYi, "2025-07-11").Build()], "p");

        var row = Assert.Single(store.QueryEvents(new EventQuery()));

        Assert.Equal("Marco Rubio met Wang Yi on Friday.", row.SentenceText);
    }

    [Fact]
    public void A_batch_that_fails_part_way_stores_nothing()
    {
        using var store = _temp.Open();
        var broken = new Document(new Article("broken", "Too short."));
        broken.SetEvents([DocumentBuilder.WithEvents("x", 1).Events[0]]);

        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => store.Store([Meeting("good"), broken], "p"));

        Assert.Equal(new StoreCounts(0, 0, 0), store.Counts());
        Assert.Equal(new StoreResult(1, 0, 2), store.Store([Meeting("good")], "p"));
    }

    [Fact]
    public void A_batch_with_an_offset_out_of_range_leaves_the_batches_before_it_stored()
    {
        using var store = _temp.Open();
        store.Store([Meeting("earlier")], "p");
        var broken = new Document(new Article("broken", "Too short."));
        broken.SetEvents([DocumentBuilder.WithEvents("x", 1).Events[0]]);

        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => store.Store([Meeting("good"), broken], "p"));

        Assert.Equal(new StoreCounts(1, 2, 0), store.Counts());
    }

    [Fact]
    public void Batches_of_different_pipeline_versions_are_all_stored()
    {
        using (var store = _temp.Open())
        {
            store.Store([Meeting("a")], "p1");
            store.Store([DocumentBuilder.WithEvents("b", 3)], "p2");
            store.Flush();
            store.Store([DocumentBuilder.WithEvents("c", 1)], "p2");
        }

        using var reopened = _temp.Open();
        Assert.Equal(new StoreCounts(3, 6, 0), reopened.Counts());
    }
}
