using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Parley.Core;
using N = Parley.Storage.Json.JsonNames;

namespace Parley.Storage.Json;

/// <summary>
/// Writes one analysed article as the <c>parley/1</c> JSON document of docs/OUTPUT.md. Fast path: pre-encoded names,
/// text written from spans of the article (no substrings), mentions grouped by entity in one pass. Produces the same
/// bytes as <see cref="ArticleJsonReference"/>.
/// </summary>
public static class ArticleJson
{
    public const string Schema = "parley/1";

    /// <param name="explain">Also list the triggers read but not coded, with why (<c>uncoded</c>, docs/OUTPUT.md).</param>
    public static void Write(Utf8JsonWriter w, Document d, bool includeText, bool explain = false)
    {
        var a = d.Article;
        w.WriteStartObject();
        w.WriteString(N.Schema, N.SchemaValue);
        w.WriteString(N.Id, a.Id);
        WriteNullable(w, N.Title, a.Title);
        WriteNullable(w, N.Url, a.Url);
        WriteNullable(w, N.Published, d.Published?.Value);
        w.WriteString(N.PublishedSource, EnumText<PublishedSource>.Lower(d.Published?.Source ?? PublishedSource.None));
        if (includeText || a.EchoText)
            w.WriteString(N.Text, a.Text);

        w.WriteStartArray(N.Sentences);
        foreach (var s in d.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber(N.Start, s.Start);
            w.WriteNumber(N.End, s.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        WriteEntities(w, d);
        WriteTimes(w, d);
        WritePlaces(w, d);
        WriteEvents(w, d);
        if (explain)
            WriteUncoded(w, d);
        w.WriteEndObject();
    }

    private static void WriteUncoded(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray(N.Uncoded);
        foreach (var u in d.Uncoded)
        {
            w.WriteStartObject();
            WriteRange(w, N.Trigger, d, u.Trigger, withText: true);
            w.WriteString(N.Rule, u.Rule);
            w.WriteString(N.Reason, u.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void WriteFailure(Utf8JsonWriter w, ArticleFailure failure)
    {
        w.WriteStartObject();
        w.WriteString(N.Schema, N.SchemaValue);
        w.WriteString(N.Id, failure.Id);
        w.WriteString(N.Origin, failure.Origin);
        w.WriteStartObject(N.Error);
        w.WriteString(N.Code, failure.Error.Code);
        w.WriteString(N.Message, failure.Error.Message);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter w, Document d)
    {
        var mentions = d.Mentions.AsSpan();
        var entities = d.Entities.Length;
        // Mentions grouped by entity with a counting sort, keeping text order within each: one pass instead of one per entity.
        var first = ArrayPool<int>.Shared.Rent(entities + 1);
        var order = ArrayPool<int>.Shared.Rent(Math.Max(1, mentions.Length));
        try
        {
            Array.Clear(first, 0, entities + 1);
            foreach (var m in mentions)
                first[m.Entity + 1]++;
            for (var i = 1; i <= entities; i++)
                first[i] += first[i - 1];
            var next = ArrayPool<int>.Shared.Rent(entities + 1);
            Array.Copy(first, next, entities + 1);
            for (var k = 0; k < mentions.Length; k++)
                order[next[mentions[k].Entity]++] = k;
            ArrayPool<int>.Shared.Return(next);

            w.WriteStartArray(N.Entities);
            for (var i = 0; i < entities; i++)
                WriteEntity(w, d, i, mentions, order.AsSpan(first[i], first[i + 1] - first[i]));
            w.WriteEndArray();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(first);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    private static void WriteEntity(Utf8JsonWriter w, Document d, int index, ReadOnlySpan<Mention> mentions, ReadOnlySpan<int> own)
    {
        var e = d.Entities[index];
        w.WriteStartObject();
        w.WriteString(N.Id, e.Id);
        w.WriteString(N.Type, TypeName(e.Type));
        w.WriteString(N.Name, e.Name);
        WriteNullable(w, N.Kb, e.KbId);
        if (e.Actor is { } actor)
        {
            w.WriteStartObject(N.Actor);
            w.WriteString(N.Country, actor.Country);
            WriteNullable(w, N.Sector, actor.Sector);
            w.WriteString(N.Code, actor.Code);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(N.Actor);
        }
        w.WriteStartArray(N.Mentions);
        foreach (var k in own)
        {
            var m = mentions[k];
            w.WriteStartObject();
            w.WriteNumber(N.Start, m.Start);
            w.WriteNumber(N.End, m.End);
            w.WriteString(N.Text, d.Slice(m.Range));
            w.WriteString(N.Kind, EnumText<MentionKind>.Lower(m.Kind));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString(N.Rule, e.Rule);
        w.WriteEndObject();
    }

    private static void WriteTimes(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray(N.Times);
        foreach (var t in d.Times)
        {
            w.WriteStartObject();
            w.WriteNumber(N.Start, t.Start);
            w.WriteNumber(N.End, t.End);
            w.WriteString(N.Text, d.Slice(t.Range));
            w.WriteString(N.Type, EnumText<TimexType>.Upper(t.Type));
            w.WriteString(N.Value, t.Value);
            w.WriteString(N.Rule, t.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WritePlaces(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray(N.Places);
        foreach (var p in d.Places)
        {
            w.WriteStartObject();
            w.WriteNumber(N.Start, p.Start);
            w.WriteNumber(N.End, p.End);
            w.WriteString(N.Text, d.Slice(p.Range));
            WritePlaceFields(w, p.Where);
            w.WriteString(N.Feature, FeatureName(p.Where.Feature));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WritePlaceFields(Utf8JsonWriter w, Gazetted p)
    {
        w.WriteString(N.Name, p.Name);
        if (p.GeonameId > 0) w.WriteNumber(N.GeonameId, p.GeonameId); else w.WriteNull(N.GeonameId);
        w.WriteNumber(N.Lat, Math.Round(p.Lat, 5));
        w.WriteNumber(N.Lon, Math.Round(p.Lon, 5));
        w.WriteString(N.Country, p.Country);
    }

    private static void WriteEvents(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray(N.Events);
        Span<char> id = stackalloc char[12];
        id[0] = 'V';
        for (var i = 0; i < d.Events.Length; i++)
        {
            var e = d.Events[i];
            w.WriteStartObject();
            (i + 1).TryFormat(id[1..], out var digits, default, CultureInfo.InvariantCulture);
            w.WriteString(N.Id, id[..(1 + digits)]);
            w.WriteString(N.Plover, e.Plover);
            WriteNullable(w, N.Mode, e.Mode);
            w.WriteString(N.Cameo, e.Cameo);
            w.WriteNumber(N.Goldstein, e.Goldstein);
            w.WriteNumber(N.Quad, e.Quad);
            w.WriteString(N.Factuality, EnumText<Factuality>.Lower(e.Factuality));
            WriteActors(w, N.Source, d, e.Source);
            WriteActors(w, N.Target, d, e.Target);
            w.WriteStartObject(N.Time);
            w.WriteString(N.Value, e.Time.Value);
            w.WriteString(N.Precision, TimeValue.Name(e.Time.Precision));
            w.WriteString(N.Basis, EnumText<TimeBasis>.Lower(e.Time.Basis));
            if (e.Time.Evidence is { } ev)
            {
                w.WriteNumber(N.Start, ev.Start);
                w.WriteNumber(N.End, ev.End);
                w.WriteString(N.Text, d.Slice(ev));
            }
            w.WriteString(N.Rule, e.Time.Rule);
            w.WriteEndObject();
            if (e.Place is { } place)
            {
                w.WriteStartObject(N.Place);
                WritePlaceFields(w, place);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull(N.Place);
            }
            WriteRange(w, N.Trigger, d, e.Trigger, withText: true);
            WriteRange(w, N.Sentence, d, e.Sentence, withText: false);
            w.WriteNumber(N.Confidence, Math.Round(e.Confidence, 2));
            w.WriteString(N.Rule, e.Rule);
            w.WriteBoolean(N.Background, e.Background);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteActors(Utf8JsonWriter w, JsonEncodedText name, Document d, IReadOnlyList<EventActor> actors)
    {
        w.WriteStartArray(name);
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            w.WriteStartObject();
            w.WriteString(N.Text, d.Slice(a.Range));
            w.WriteNumber(N.Start, a.Range.Start);
            w.WriteNumber(N.End, a.Range.End);
            w.WriteString(N.Entity, d.Entities[a.Entity].Id);
            w.WriteString(N.Name, a.Name);
            w.WriteString(N.Country, a.Code.Country);
            WriteNullable(w, N.Sector, a.Code.Sector);
            w.WriteString(N.Code, a.Code.Code);
            WriteNullable(w, N.Kb, a.KbId);
            w.WriteString(N.Role, a.Role == ActorRole.Place ? N.PlaceRole : N.PartyRole);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteRange(Utf8JsonWriter w, JsonEncodedText name, Document d, TextRange r, bool withText)
    {
        w.WriteStartObject(name);
        w.WriteNumber(N.Start, r.Start);
        w.WriteNumber(N.End, r.End);
        if (withText)
            w.WriteString(N.Text, d.Slice(r));
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        EntityType.Fac => "FAC",
        EntityType.Event => "EVENT",
        _ => "OTHER",
    };

    public static string FeatureName(PlaceFeature feature) => feature switch
    {
        PlaceFeature.City => "city",
        PlaceFeature.Admin1 => "admin1",
        PlaceFeature.Admin2 => "admin2",
        PlaceFeature.Country => "country",
        PlaceFeature.Region => "region",
        _ => "other",
    };
}
