using System.CommandLine;
using System.Text;
using Parley.Core;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary><c>parley events</c>: query stored events by actor, dyad, type and time.</summary>
public static class EventsCommand
{
    public static Command Create(CliContext context)
    {
        var db = DbOption.Create();
        var actor = new Option<string?>("--actor") { Description = "An actor code or country (USA, USAGOV), a Wikidata id, or part of a name, on either side." };
        var dyad = new Option<string?>("--dyad") { Description = "Two actors A,B: one on each side, in either direction (e.g. USA,CHN)." };
        var type = new Option<string?>("--type") { Description = "A PLOVER type (CONSULT) or a CAMEO code prefix (04, 163)." };
        var since = new Option<string?>("--since") { Description = "Events from this date on (YYYY, YYYY-MM or YYYY-MM-DD)." };
        var until = new Option<string?>("--until") { Description = "Events up to this date (inclusive)." };
        var minConfidence = new Option<double>("--min-confidence") { Description = "Only events coded with at least this confidence (0 to 1; default 0 keeps all)." };
        var partiesOnly = new Option<bool>("--parties-only")
        {
            Description = "Leave out events with a side read from a place (role 'place': \"shelled villages in Kordofan\" codes the target SDN from where it happened).",
        };
        var skipBackground = new Option<bool>("--skip-background")
        {
            Description = "Leave out background events: their own time ends a year or more before their article was published (\"in 2019 ... imposed sanctions\" in a 2025 story).",
        };
        var limit = new Option<int>("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => 1000 };
        var format = new Option<string>("--format") { Description = "table, json or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var command = new Command("events", "Query the stored events.") { db, actor, dyad, type, since, until, minConfidence, partiesOnly, skipBackground, limit, format };
        command.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(db)!;
            if (!File.Exists(path))
                ErrorCodes.Throw(ErrorCodes.NotFound, $"there is no database at '{path}'; run 'parley ingest PATH' first or pass --db.");
            var query = new EventQuery
            {
                Actor = parse.GetValue(actor),
                Dyad = ParseDyad(parse.GetValue(dyad)),
                Type = parse.GetValue(type),
                Since = CheckDate(parse.GetValue(since), "--since"),
                Until = CheckDate(parse.GetValue(until), "--until"),
                MinConfidence = CheckConfidence(parse.GetValue(minConfidence)),
                PartiesOnly = parse.GetValue(partiesOnly),
                SkipBackground = parse.GetValue(skipBackground),
                Limit = parse.GetValue(limit),
            };
            using var store = EventStore.Open(path);
            var rows = store.QueryEvents(query);
            using var output = new StreamWriter(context.Output, new UTF8Encoding(false), leaveOpen: true);
            switch (parse.GetValue(format))
            {
                case "json": EventExport.WriteJson(rows, output); break;
                case "csv": EventExport.WriteCsv(rows, output); break;
                default: EventExport.WriteTable(rows, output); break;
            }
            output.Flush();
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static (string, string)? ParseDyad(string? value)
    {
        if (value is null)
            return null;
        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
            ErrorCodes.Throw(ErrorCodes.BadOption, $"--dyad '{value}' needs two actors separated by a comma, e.g. --dyad USA,CHN.");
        return (parts[0], parts[1]);
    }

    private static string? CheckDate(string? value, string option)
    {
        if (value is null)
            return null;
        if (TimeValue.Period(value) is null || value.Length is not (4 or 7 or 10))
            ErrorCodes.Throw(ErrorCodes.BadOption, $"{option} '{value}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.");
        return value;
    }

    private static double CheckConfidence(double value)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
            ErrorCodes.Throw(ErrorCodes.BadOption, $"--min-confidence {value} is not between 0 and 1; pass e.g. 0.8 to list only events coded with confidence 0.8 or more.");
        return value;
    }
}
