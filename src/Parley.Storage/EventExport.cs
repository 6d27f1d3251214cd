using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parley.Storage;

/// <summary>Writes queried events as an aligned text table, RFC 4180 CSV, or a JSON array.</summary>
public static class EventExport
{
    /// <summary>The CSV header, one name per <see cref="EventRow"/> field, in order.</summary>
    public static readonly string[] Columns =
    [
        "article", "event", "plover", "mode", "cameo", "goldstein", "quad", "factuality",
        "time_value", "time_precision", "time_basis", "place", "place_country", "place_geonameid",
        "source", "source_codes", "target", "target_codes", "trigger", "sentence", "confidence", "rule", "url", "published",
        "source_roles", "target_roles", "background", "time_rule",
    ];

    public static void WriteTable(IReadOnlyList<EventRow> rows, TextWriter output) => EventTable.Write(rows, output);

    /// <summary>CSV with a header row, CRLF line ends, and fields quoted when they hold a comma, quote or line break.</summary>
    public static void WriteCsv(IReadOnlyList<EventRow> rows, TextWriter output)
    {
        WriteCsvLine(output, Columns);
        var fields = new string?[Columns.Length];
        foreach (var row in rows)
        {
            Fill(row, fields);
            WriteCsvLine(output, fields);
        }
    }

    /// <summary>A JSON array with one object per event; keys as in <see cref="Columns"/>, codes as arrays.</summary>
    public static void WriteJson(IReadOnlyList<EventRow> rows, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var row in rows)
        {
            EventJson.Write(json, row);
            if (buffer.WrittenCount > 64 * 1024)
                Drain(json, buffer, output);
        }
        json.WriteEndArray();
        Drain(json, buffer, output);
        output.WriteLine();
    }

    /// <summary>The text of each field of <paramref name="row"/>, in <see cref="Columns"/> order.</summary>
    internal static void Fill(EventRow row, string?[] fields)
    {
        var c = CultureInfo.InvariantCulture;
        fields[0] = row.ArticleId;
        fields[1] = row.EventId;
        fields[2] = row.Plover;
        fields[3] = row.Mode;
        fields[4] = row.Cameo;
        fields[5] = row.Goldstein.ToString(c);
        fields[6] = row.Quad.ToString(c);
        fields[7] = row.Factuality;
        fields[8] = row.TimeValue;
        fields[9] = row.TimePrecision;
        fields[10] = row.TimeBasis;
        fields[11] = row.Place;
        fields[12] = row.PlaceCountry;
        fields[13] = row.PlaceGeonameId?.ToString(c);
        fields[14] = row.Source;
        fields[15] = row.SourceCodes;
        fields[16] = row.Target;
        fields[17] = row.TargetCodes;
        fields[18] = row.TriggerText;
        fields[19] = row.SentenceText;
        fields[20] = row.Confidence.ToString(c);
        fields[21] = row.Rule;
        fields[22] = row.Url;
        fields[23] = row.Published;
        fields[24] = row.SourceRoles;
        fields[25] = row.TargetRoles;
        fields[26] = row.Background switch { true => "true", false => "false", null => null };
        fields[27] = row.TimeRule;
    }

    private static void WriteCsvLine(TextWriter output, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                output.Write(',');
            WriteCsvField(output, fields[i] ?? "");
        }
        output.Write("\r\n");
    }

    private static void WriteCsvField(TextWriter output, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            output.Write(value);
            return;
        }
        output.Write('"');
        output.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }

    private static void Drain(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        json.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }
}
