namespace Parley.Storage.Tests;

public sealed class StoreBenchmarkTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void MeasureInsertRate_stores_every_event_it_times()
    {
        var rate = StoreBenchmark.MeasureInsertRate(_temp.Path, 12_345);

        using var store = _temp.Open();
        Assert.True(rate > 0);
        Assert.Equal(new StoreCounts(1_235, 12_345, 0), store.Counts());
        Assert.Equal(12_345 * 2, ActorRows(store));
    }

    [Fact]
    public void Synthetic_documents_query_back_with_their_sentences()
    {
        using (var store = _temp.Open())
            store.Store([StoreBenchmark.Synthetic(0, 3)], "bench.v1");

        using var reopened = _temp.Open();
        var rows = reopened.QueryEvents(new EventQuery { Dyad = ("USAGOV", "CHNGOV") });

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("The minister met the ambassador in the capital on Monday.", r.SentenceText));
        Assert.All(rows, r => Assert.Equal("met", r.TriggerText));
    }

    private static int ActorRows(EventStore store) =>
        store.QueryEvents(new EventQuery { Limit = int.MaxValue }).Sum(r => r.SourceCodes.Split(';').Length + r.TargetCodes.Split(';').Length);
}
