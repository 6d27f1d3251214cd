using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage;

/// <summary>
/// The reference writer: appends the rows of a session's documents with DuckDB.NET's appender, one per table, in the
/// column order of <see cref="StoreSchema"/>. Disposing flushes the appenders into the connection's open transaction.
/// Sessions use <see cref="ChunkStoreWriter"/>, which writes the same rows faster.
/// </summary>
internal sealed class StoreWriter : IStoreWriter
{
    private readonly DuckDBAppender _articles;
    private readonly DuckDBAppender _entities;
    private readonly DuckDBAppender _mentions;
    private readonly DuckDBAppender _events;
    private readonly DuckDBAppender _actors;
    private readonly string _pipeline;
    private readonly DateTime _storedAt;

    public int Events { get; private set; }

    public StoreWriter(DuckDBConnection connection, string pipeline, DateTime storedAt)
    {
        _articles = connection.CreateAppender("articles");
        _entities = connection.CreateAppender("entities");
        _mentions = connection.CreateAppender("mentions");
        _events = connection.CreateAppender("events");
        _actors = connection.CreateAppender("event_actors");
        _pipeline = pipeline;
        _storedAt = storedAt;
    }

    // Optimised at first call: an ingest of a few thousand documents would otherwise run most rows through tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(Document document, string contentHash, int key)
    {
        var article = document.Article;
        _articles.CreateRow()
            .AppendValue(key).AppendValue(article.Id).AppendValue(contentHash).AppendValue(article.Origin).AppendValue(article.Url)
            .AppendValue(article.Title).AppendValue(document.Published?.Value)
            .AppendValue(Names.Of(document.Published?.Source ?? PublishedSource.None))
            .AppendValue(document.Text).AppendValue(_pipeline).AppendValue(_storedAt)
            .EndRow();

        var entities = document.Entities;
        for (var i = 0; i < entities.Length; i++)
        {
            var entity = entities[i];
            _entities.CreateRow()
                .AppendValue(key).AppendValue(i).AppendValue(entity.Id).AppendValue(entity.Name).AppendValue(Names.Of(entity.Type))
                .AppendValue(entity.KbId).AppendValue(entity.Actor?.Country).AppendValue(entity.Actor?.Sector).AppendValue(entity.Rule)
                .EndRow();
        }
        foreach (var mention in document.Mentions)
        {
            _mentions.CreateRow()
                .AppendValue(key).AppendValue(mention.Entity).AppendValue(mention.Start).AppendValue(mention.End)
                .AppendValue(Names.Of(mention.Kind))
                .EndRow();
        }
        var events = document.Events;
        for (var i = 0; i < events.Length; i++)
            WriteEvent(key, document.Entities.Length, events[i], i + 1);
        Events += events.Length;
    }

    /// <summary>
    /// Throws what <see cref="Write"/> would throw part-way for a document whose offsets or entity indexes are out of
    /// range, before any of its batch is appended: appended rows cannot be taken back without losing the session.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Check(Document document)
    {
        var entities = document.Entities.Length;
        foreach (var mention in document.Mentions)
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)mention.Entity, (uint)entities, "mention.Entity");
        foreach (var e in document.Events)
        {
            CheckRange(document, e.Trigger);
            foreach (var actor in e.Source)
                CheckRange(document, actor.Range);
            foreach (var actor in e.Target)
                CheckRange(document, actor.Range);
        }
    }

    private static void CheckRange(Document document, TextRange range)
    {
        // The same bounds string.Substring enforces in Document.TextOf.
        ArgumentOutOfRangeException.ThrowIfNegative(range.Start, "range.Start");
        ArgumentOutOfRangeException.ThrowIfNegative(range.Length, "range.Length");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(range.End, document.Text.Length, "range.End");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteEvent(int key, int entities, CodedEvent e, int ordinal)
    {
        var period = TimePeriod.Of(e.Time.Value);
        var place = e.Place;
        _events.CreateRow()
            .AppendValue(key).AppendValue(ordinal)
            .AppendValue(e.Sentence.Start).AppendValue(e.Sentence.End).AppendValue(e.Trigger.Start).AppendValue(e.Trigger.End)
            .AppendValue(e.Plover).AppendValue(e.Mode).AppendValue(e.Cameo).AppendValue(e.Goldstein).AppendValue(e.Quad)
            .AppendValue(Names.Of(e.Factuality))
            .AppendValue(e.Time.Value).AppendValue(TimeValue.Name(e.Time.Precision)).AppendValue(Names.Of(e.Time.Basis))
            .AppendValue(e.Time.Evidence?.Start).AppendValue(e.Time.Evidence?.End)
            .AppendValue(period?.From).AppendValue(period?.To)
            .AppendValue(place?.Name).AppendValue(place?.GeonameId).AppendValue(place?.Lat).AppendValue(place?.Lon).AppendValue(place?.Country)
            .AppendValue(e.Confidence).AppendValue(e.Rule).AppendValue(e.Background).AppendValue(e.Time.Rule)
            .EndRow();
        WriteActors(key, entities, ordinal, EventSide.Source, e.Source);
        WriteActors(key, entities, ordinal, EventSide.Target, e.Target);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteActors(int key, int entities, int ordinal, EventSide side, IReadOnlyList<EventActor> actors)
    {
        var sideName = Names.Of(side);
        for (var i = 0; i < actors.Count; i++)
        {
            var actor = actors[i];
            int? entity = actor.Entity >= 0 && actor.Entity < entities ? actor.Entity : null;
            _actors.CreateRow()
                .AppendValue(key).AppendValue(ordinal).AppendValue(sideName).AppendValue(i + 1)
                .AppendValue(actor.Range.Start).AppendValue(actor.Range.End).AppendValue(entity)
                .AppendValue(actor.Name).AppendValue(actor.Code.Country).AppendValue(actor.Code.Sector).AppendValue(actor.KbId)
                .AppendValue(Names.Of(actor.Role))
                .EndRow();
        }
    }

    public void Dispose()
    {
        _articles.Dispose();
        _entities.Dispose();
        _mentions.Dispose();
        _events.Dispose();
        _actors.Dispose();
    }
}
