using System.Text.Json;

namespace Parley.Storage.Tests;

public sealed class EventExportTests
{
    private static readonly EventRow Plain = new(
        "kl-1", "kl-1/V1", "CONSULT", "meet", "044", 1.0, 1, "asserted", "2025-07-11", "day", "explicit",
        "Kuala Lumpur", "MYS", 1735161, "Marco Rubio (USAGOV)", "USAGOV", "Wang Yi (CHNGOV); ASEAN (IGO)", "CHNGOV;IGO",
        "met", "Marco Rubio met Wang Yi.", 0.86, "consult.meet.v1", "https://example.org/kl", "2025-07-10");

    private static readonly EventRow Awkward = Plain with
    {
        EventId = "kl-1/V2",
        Mode = null,
        Place = null,
        PlaceCountry = null,
        PlaceGeonameId = null,
        TriggerText = "said \"no\", twice",
        SentenceText = "Line one,\nline two.",
        Url = null,
    };

    [Fact]
    public void Csv_has_a_header_and_quotes_fields_with_commas_quotes_and_line_breaks()
    {
        var csv = Write(EventExport.WriteCsv, [Plain, Awkward]);

        var lines = csv.Split("\r\n");
        Assert.Equal(string.Join(',', EventExport.Columns), lines[0]);
        Assert.StartsWith("kl-1,kl-1/V1,CONSULT,meet,044,1,1,asserted,2025-07-11,day,explicit,Kuala Lumpur,MYS,1735161,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"said \"\"no\"\", twice\",\"Line one,\nline two.\",0.86,", csv, StringComparison.Ordinal);
        Assert.Contains("kl-1/V2,CONSULT,,044", csv, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_rows_parse_back_to_the_same_number_of_fields()
    {
        var csv = Write(EventExport.WriteCsv, [Plain, Awkward]);

        var records = ParseCsv(csv);

        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.Equal(EventExport.Columns.Length, r.Count));
        Assert.Equal("said \"no\", twice", records[2][18]);
        Assert.Equal("Line one,\nline two.", records[2][19]);
    }

    [Fact]
    public void Json_is_an_array_that_parses_back_with_every_field()
    {
        var json = Write(EventExport.WriteJson, [Plain, Awkward]);

        using var document = JsonDocument.Parse(json);
        var events = document.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, events.Length);
        var first = events[0];
        Assert.Equal("kl-1/V1", first.GetProperty("event").GetString());
        Assert.Equal(1735161, first.GetProperty("place_geonameid").GetInt64());
        Assert.Equal(["CHNGOV", "IGO"], first.GetProperty("target_codes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(0.86, first.GetProperty("confidence").GetDouble());
        var second = events[1];
        Assert.Equal(JsonValueKind.Null, second.GetProperty("mode").ValueKind);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("place_geonameid").ValueKind);
        Assert.Equal("said \"no\", twice", second.GetProperty("trigger").GetString());
    }

    [Fact]
    public void Json_of_many_rows_stays_one_valid_array()
    {
        var rows = Enumerable.Range(0, 2000).Select(i => Plain with { EventId = $"kl-1/V{i + 1}" }).ToList();

        using var document = JsonDocument.Parse(Write(EventExport.WriteJson, rows));

        Assert.Equal(2000, document.RootElement.GetArrayLength());
        Assert.Equal("kl-1/V2000", document.RootElement[1999].GetProperty("event").GetString());
    }

    [Fact]
    public void Json_of_no_rows_is_an_empty_array()
    {
        using var document = JsonDocument.Parse(Write(EventExport.WriteJson, []));

        Assert.Equal(0, document.RootElement.GetArrayLength());
    }

    [Fact]
    public void Table_has_one_line_per_event_with_aligned_columns()
    {
        var table = Write(EventExport.WriteTable, [Plain, Awkward]);

        var lines = table.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("EVENT", lines[0], StringComparison.Ordinal);
        var dateColumn = lines[0].IndexOf("DATE", StringComparison.Ordinal);
        var sourceColumn = lines[0].IndexOf("SOURCE", StringComparison.Ordinal);
        Assert.All(lines[1..], line => Assert.Equal("2025-07-11", line.Substring(dateColumn, 10)));
        Assert.All(lines[1..], line => Assert.Equal("Marco Rubio (USAGOV)", line.Substring(sourceColumn, 20)));
        Assert.Contains("CONSULT/meet", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_are_two_columns_after_the_old_ones_and_arrays_in_json_and_places_are_marked_in_the_table()
    {
        var placed = Plain with { EventId = "kl-1/V3", Target = "Wang Yi (CHNGOV); Tumbes (PER)", TargetCodes = "CHNGOV;PER",
            SourceRoles = "party", TargetRoles = "party;place" };
        var unrecorded = Plain with { EventId = "kl-1/V4" }; // stored before the store recorded roles

        var csv = ParseCsv(Write(EventExport.WriteCsv, [placed, unrecorded]));
        Assert.Equal(["source_roles", "target_roles"], csv[0][^4..^2]); // the background (schema version 5) and time_rule (6) columns follow them
        Assert.Equal(["party", "party;place"], csv[1][^4..^2]);
        Assert.Equal(["", ""], csv[2][^4..^2]);

        using var json = JsonDocument.Parse(Write(EventExport.WriteJson, [placed, unrecorded]));
        Assert.Equal(["party", "place"], json.RootElement[0].GetProperty("target_roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([JsonValueKind.Null, JsonValueKind.Null], json.RootElement[1].GetProperty("target_roles").EnumerateArray().Select(r => r.ValueKind));

        var table = Write(EventExport.WriteTable, [placed]);
        Assert.Contains("Wang Yi (CHNGOV); @Tumbes (PER)", table, StringComparison.Ordinal);
        Assert.DoesNotContain("@Marco", table, StringComparison.Ordinal);
    }

    private static string Write(Action<IReadOnlyList<EventRow>, TextWriter> export, IReadOnlyList<EventRow> rows)
    {
        using var writer = new StringWriter();
        export(rows, writer);
        return writer.ToString();
    }

    /// <summary>A small RFC 4180 reader, independent of the writer, to prove the output round-trips.</summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else field.Append(c);
        }
        return records;
    }
}
