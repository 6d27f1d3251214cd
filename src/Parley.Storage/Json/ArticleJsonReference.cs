using System.Text.Json;
using Parley.Core;

namespace Parley.Storage.Json;

/// <summary>
/// The reference implementation of <see cref="ArticleJson"/>: plain, allocating, obviously right. Tests check that the
/// fast writer produces the same bytes; benchmarks use it as the baseline.
/// </summary>
public static class ArticleJsonReference
{
    private const string Schema = ArticleJson.Schema;

    public static void Write(Utf8JsonWriter w, Document d, bool includeText, bool explain = false)
    {
        var a = d.Article;
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("id", a.Id);
        WriteNullable(w, "title", a.Title);
        WriteNullable(w, "url", a.Url);
        WriteNullable(w, "published", d.Published?.Value);
        w.WriteString("published_source", (d.Published?.Source ?? PublishedSource.None).ToString().ToLowerInvariant());
        if (includeText || a.EchoText)
            w.WriteString("text", a.Text);

        w.WriteStartArray("sentences");
        foreach (var s in d.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        WriteEntities(w, d);
        WriteTimes(w, d);
        WritePlaces(w, d);
        WriteEvents(w, d);
        if (explain)
        {
            w.WriteStartArray("uncoded");
            foreach (var u in d.Uncoded)
            {
                w.WriteStartObject();
                WriteRange(w, "trigger", d, u.Trigger, withText: true);
                w.WriteString("rule", u.Rule);
                w.WriteString("reason", u.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    public static void WriteFailure(Utf8JsonWriter w, ArticleFailure failure)
    {
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("id", failure.Id);
        w.WriteString("origin", failure.Origin);
        w.WriteStartObject("error");
        w.WriteString("code", failure.Error.Code);
        w.WriteString("message", failure.Error.Message);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray("entities");
        for (var i = 0; i < d.Entities.Length; i++)
        {
            var e = d.Entities[i];
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", ArticleJson.TypeName(e.Type));
            w.WriteString("name", e.Name);
            WriteNullable(w, "kb", e.KbId);
            if (e.Actor is { } actor)
            {
                w.WriteStartObject("actor");
                w.WriteString("country", actor.Country);
                WriteNullable(w, "sector", actor.Sector);
                w.WriteString("code", actor.Code);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("actor");
            }
            w.WriteStartArray("mentions");
            foreach (var m in d.Mentions)
            {
                if (m.Entity != i)
                    continue;
                w.WriteStartObject();
                w.WriteNumber("start", m.Start);
                w.WriteNumber("end", m.End);
                w.WriteString("text", d.TextOf(m.Range));
                w.WriteString("kind", m.Kind.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("rule", e.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTimes(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray("times");
        foreach (var t in d.Times)
        {
            w.WriteStartObject();
            w.WriteNumber("start", t.Start);
            w.WriteNumber("end", t.End);
            w.WriteString("text", d.TextOf(t.Range));
            w.WriteString("type", t.Type.ToString().ToUpperInvariant());
            w.WriteString("value", t.Value);
            w.WriteString("rule", t.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WritePlaces(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray("places");
        foreach (var p in d.Places)
        {
            w.WriteStartObject();
            w.WriteNumber("start", p.Start);
            w.WriteNumber("end", p.End);
            w.WriteString("text", d.TextOf(p.Range));
            WritePlaceFields(w, p.Where);
            w.WriteString("feature", ArticleJson.FeatureName(p.Where.Feature));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WritePlaceFields(Utf8JsonWriter w, Gazetted p)
    {
        w.WriteString("name", p.Name);
        if (p.GeonameId > 0) w.WriteNumber("geonameid", p.GeonameId); else w.WriteNull("geonameid");
        w.WriteNumber("lat", Math.Round(p.Lat, 5));
        w.WriteNumber("lon", Math.Round(p.Lon, 5));
        w.WriteString("country", p.Country);
    }

    private static void WriteEvents(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray("events");
        for (var i = 0; i < d.Events.Length; i++)
        {
            var e = d.Events[i];
            w.WriteStartObject();
            w.WriteString("id", "V" + (i + 1));
            w.WriteString("plover", e.Plover);
            WriteNullable(w, "mode", e.Mode);
            w.WriteString("cameo", e.Cameo);
            w.WriteNumber("goldstein", e.Goldstein);
            w.WriteNumber("quad", e.Quad);
            w.WriteString("factuality", e.Factuality.ToString().ToLowerInvariant());
            WriteActors(w, "source", d, e.Source);
            WriteActors(w, "target", d, e.Target);
            w.WriteStartObject("time");
            w.WriteString("value", e.Time.Value);
            w.WriteString("precision", TimeValue.Name(e.Time.Precision));
            w.WriteString("basis", e.Time.Basis.ToString().ToLowerInvariant());
            if (e.Time.Evidence is { } ev)
            {
                w.WriteNumber("start", ev.Start);
                w.WriteNumber("end", ev.End);
                w.WriteString("text", d.TextOf(ev));
            }
            w.WriteString("rule", e.Time.Rule);
            w.WriteEndObject();
            if (e.Place is { } place)
            {
                w.WriteStartObject("place");
                WritePlaceFields(w, place);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("place");
            }
            WriteRange(w, "trigger", d, e.Trigger, withText: true);
            WriteRange(w, "sentence", d, e.Sentence, withText: false);
            w.WriteNumber("confidence", Math.Round(e.Confidence, 2));
            w.WriteString("rule", e.Rule);
            w.WriteBoolean("background", e.Background);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteActors(Utf8JsonWriter w, string name, Document d, IReadOnlyList<EventActor> actors)
    {
        w.WriteStartArray(name);
        foreach (var a in actors)
        {
            w.WriteStartObject();
            w.WriteString("text", d.TextOf(a.Range));
            w.WriteNumber("start", a.Range.Start);
            w.WriteNumber("end", a.Range.End);
            w.WriteString("entity", d.Entities[a.Entity].Id);
            w.WriteString("name", a.Name);
            w.WriteString("country", a.Code.Country);
            WriteNullable(w, "sector", a.Code.Sector);
            w.WriteString("code", a.Code.Code);
            WriteNullable(w, "kb", a.KbId);
            w.WriteString("role", a.Role == ActorRole.Place ? "place" : "party");
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteRange(Utf8JsonWriter w, string name, Document d, TextRange r, bool withText)
    {
        w.WriteStartObject(name);
        w.WriteNumber("start", r.Start);
        w.WriteNumber("end", r.End);
        if (withText)
            w.WriteString("text", d.TextOf(r));
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
