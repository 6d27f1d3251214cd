using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage;

/// <summary>
/// The writer sessions use: the rows of <see cref="StoreWriter"/> (the reference, on DuckDB.NET's appender), written
/// through <see cref="TableAppender"/>s. Tests store the same documents with both and compare every table.
/// </summary>
internal sealed class ChunkStoreWriter : IStoreWriter
{
    private readonly TableAppender _articles;
    private readonly TableAppender _entities;
    private readonly TableAppender _mentions;
    private readonly TableAppender _events;
    private readonly TableAppender _actors;
    private readonly string _pipeline;
    private readonly DateTime _storedAt;

    public int Events { get; private set; }

    public ChunkStoreWriter(DuckDBConnection connection, string pipeline, DateTime storedAt)
    {
        var opened = new List<TableAppender>(5);
        try
        {
            foreach (var table in (ReadOnlySpan<string>)["articles", "entities", "mentions", "events", "event_actors"])
                opened.Add(new TableAppender(connection, table));
        }
        catch
        {
            foreach (var appender in opened)
                appender.Dispose();
            throw;
        }
        (_articles, _entities, _mentions, _events, _actors) = (opened[0], opened[1], opened[2], opened[3], opened[4]);
        _pipeline = pipeline;
        _storedAt = storedAt;
    }

    // Optimised at first call: an ingest of a few thousand documents would otherwise run most rows through tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(Document document, string contentHash, int key)
    {
        var article = document.Article;
        _articles.Row()
            .Int(key).Text(article.Id).Text(contentHash).Text(article.Origin).Text(article.Url)
            .Text(article.Title).Text(document.Published?.Value)
            .Enum(EnumCodes.PublishedSource.Of(document.Published?.Source ?? PublishedSource.None))
            .Text(document.Text).Text(_pipeline).Timestamp(_storedAt);

        var entities = document.Entities;
        for (var i = 0; i < entities.Length; i++)
        {
            var entity = entities[i];
            _entities.Row()
                .Int(key).Int(i).Text(entity.Id).Text(entity.Name).Enum(EnumCodes.EntityType.Of(entity.Type))
                .Text(entity.KbId).Text(entity.Actor?.Country).Text(entity.Actor?.Sector).Text(entity.Rule);
        }
        foreach (var mention in document.Mentions)
            _mentions.Row().Int(key).Int(mention.Entity).Int(mention.Start).Int(mention.End).Enum(EnumCodes.MentionKind.Of(mention.Kind));
        var events = document.Events;
        for (var i = 0; i < events.Length; i++)
            WriteEvent(key, entities.Length, events[i], i + 1);
        Events += events.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteEvent(int key, int entities, CodedEvent e, int ordinal)
    {
        var period = TimePeriod.Of(e.Time.Value);
        var place = e.Place;
        _events.Row()
            .Int(key).Int(ordinal)
            .Int(e.Sentence.Start).Int(e.Sentence.End).Int(e.Trigger.Start).Int(e.Trigger.End)
            .Text(e.Plover).Text(e.Mode).Text(e.Cameo).Double(e.Goldstein).Int(e.Quad)
            .Enum(EnumCodes.Factuality.Of(e.Factuality))
            .Text(e.Time.Value).Enum(EnumCodes.TimePrecision.Of(e.Time.Precision)).Enum(EnumCodes.TimeBasis.Of(e.Time.Basis))
            .Int(e.Time.Evidence?.Start).Int(e.Time.Evidence?.End)
            .Date(period?.From).Date(period?.To)
            .Text(place?.Name).Long(place?.GeonameId).Double(place?.Lat).Double(place?.Lon).Text(place?.Country)
            .Double(e.Confidence).Text(e.Rule).Bool(e.Background).Text(e.Time.Rule);
        WriteActors(key, entities, ordinal, EventSide.Source, e.Source);
        WriteActors(key, entities, ordinal, EventSide.Target, e.Target);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteActors(int key, int entities, int ordinal, EventSide side, IReadOnlyList<EventActor> actors)
    {
        var code = EnumCodes.Side.Of(side);
        for (var i = 0; i < actors.Count; i++)
        {
            var actor = actors[i];
            int? entity = actor.Entity >= 0 && actor.Entity < entities ? actor.Entity : null;
            _actors.Row()
                .Int(key).Int(ordinal).Enum(code).Int(i + 1)
                .Int(actor.Range.Start).Int(actor.Range.End).Int(entity)
                .Text(actor.Name).Text(actor.Code.Country).Text(actor.Code.Sector).Text(actor.KbId)
                .Enum(EnumCodes.Role.Of(actor.Role));
        }
    }

    /// <summary>Hands every table's last rows to DuckDB; all five are closed even if one fails.</summary>
    public void Dispose()
    {
        try
        {
            _articles.Dispose();
            _entities.Dispose();
            _mentions.Dispose();
            _events.Dispose();
        }
        finally
        {
            _actors.Dispose();
        }
    }
}
