using System.CommandLine;
using System.Text.Json;
using Parley.Ingest;
using Parley.Storage.Json;

namespace Parley.Cli.Commands;

/// <summary><c>parley extract</c>: articles in, one <c>parley/1</c> JSON document (or table lines) per article out.</summary>
public static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions(CommonOptions.ExtractFloor);
        var format = new Option<string>("--format") { Description = "table (for people), json (one array) or jsonl (one object a line).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "jsonl");
        var includeText = new Option<bool>("--include-text") { Description = "Echo each article's text in JSON output." };
        var explain = new Option<bool>("--explain") { Description = "Also list the pattern triggers read but not coded, and why (no-source, no-target, content, blocker, ...; docs/OUTPUT.md)." };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("extract", "Code the events in articles and print them (stateless; nothing is stored).");
        common.AddTo(command);
        command.Add(format);
        command.Add(includeText);
        command.Add(explain);
        command.Add(threads);
        command.SetAction((parse, ct) =>
        {
            var reader = common.ReaderOptions(parse);
            var pipeline = common.Pipeline(parse);
            var inputs = ArticleSource.Read(CommonOptions.PathsOrStdin(parse.GetValue(common.Paths)), reader, context.Input, ct);
            var outcomes = ArticleRunner.Run(inputs, pipeline, Math.Max(1, parse.GetValue(threads)), ct);
            var (text, why) = (parse.GetValue(includeText), parse.GetValue(explain));
            var failed = parse.GetValue(format) switch
            {
                "jsonl" => WriteJsonLines(context, outcomes, text, why),
                "json" => WriteJsonArray(context, outcomes, text, why),
                _ => ExtractTable.Write(context, outcomes, why),
            };
            return Task.FromResult(failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok);
        });
        return command;
    }

    private static int WriteJsonLines(CliContext context, IEnumerable<Outcome> outcomes, bool includeText, bool explain)
    {
        var failed = 0;
        using var writer = new Utf8JsonWriter(context.Output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var o in outcomes)
        {
            writer.Reset(context.Output);
            failed += WriteOne(context, writer, o, includeText, explain);
            writer.Flush();
            context.Output.WriteByte((byte)'\n');
        }
        context.Output.Flush();
        return failed;
    }

    private static int WriteJsonArray(CliContext context, IEnumerable<Outcome> outcomes, bool includeText, bool explain)
    {
        var failed = 0;
        using var writer = new Utf8JsonWriter(context.Output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartArray();
        foreach (var o in outcomes)
            failed += WriteOne(context, writer, o, includeText, explain);
        writer.WriteEndArray();
        writer.Flush();
        context.Output.WriteByte((byte)'\n');
        context.Output.Flush();
        return failed;
    }

    /// <summary>Writes one outcome; a failure is also reported on standard error. Returns 1 for a failure, else 0.</summary>
    private static int WriteOne(CliContext context, Utf8JsonWriter writer, Outcome outcome, bool includeText, bool explain)
    {
        if (outcome.Document is { } d)
        {
            ArticleJson.Write(writer, d, includeText, explain);
            return 0;
        }
        ArticleJson.WriteFailure(writer, outcome.Failure!);
        context.Error.WriteLine($"parley: {outcome.Failure!.Origin}: {outcome.Failure.Error}");
        return 1;
    }
}
