using System.CommandLine;
using System.Text;
using Parley.Core;

namespace Parley.Cli.Commands;

/// <summary><c>parley bench</c>: how fast extraction and ingest run on this machine, and where the time goes.</summary>
public static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string?>("path") { Description = "A JSON Lines file (or folder) of articles; default: the synthetic corpus.", Arity = ArgumentArity.ZeroOrOne };
        var threads = new Option<int>("--threads") { Description = "Threads for the parallel runs (a 1-thread run always comes first; default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var repeat = new Option<int>("--repeat") { Description = "Runs per measurement; the fastest counts.", DefaultValueFactory = _ => 3 };
        var db = new Option<string?>("--db") { Description = "Where the ingest measurement writes a new DuckDB file (default: a temporary file, deleted afterwards)." };
        var count = new Option<int>("--count") { Description = "Articles in the synthetic corpus.", DefaultValueFactory = _ => BenchCorpus.DefaultCount };
        var warmUp = new Option<int>("--warm-up") { Description = "Articles run once before measuring.", DefaultValueFactory = _ => 500 };
        var minWords = new Option<long>("--min-words") { Description = "A smaller corpus is run several times over per run, to at least this many words.", DefaultValueFactory = _ => 500_000 };
        var noIngest = new Option<bool>("--no-ingest") { Description = "Skip the ingest measurement." };
        var ingestCount = new Option<int>("--ingest-count")
        {
            Description = "Articles of the synthetic corpus the ingest measurement stores (a long run, as a firehose sees; a given PATH is stored as it is).",
            DefaultValueFactory = _ => 20_000,
        };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("bench", "Measure extraction and ingest throughput, start-up and memory, and show where the time goes.")
        {
            path, threads, repeat, db, count, warmUp, minWords, noIngest, ingestCount, format,
        };
        command.SetAction((parse, ct) =>
        {
            var (articles, name) = BenchRunner.Load(parse.GetValue(path), Math.Max(1, parse.GetValue(count)), ct);
            var ingest = !parse.GetValue(noIngest);
            Func<IReadOnlyList<Article>>? ingestCorpus = null;
            if (ingest && parse.GetValue(path) is null && parse.GetValue(ingestCount) > articles.Count)
                ingestCorpus = () => BenchCorpus.Generate(parse.GetValue(ingestCount)).ToArray();
            var settings = new BenchSettings
            {
                Threads = Math.Max(1, parse.GetValue(threads)),
                Repeat = Math.Max(1, parse.GetValue(repeat)),
                DbPath = parse.GetValue(db),
                WarmUp = Math.Max(0, parse.GetValue(warmUp)),
                Ingest = ingest,
                IngestCorpus = ingestCorpus,
                MinimumWordsPerRun = Math.Max(0, parse.GetValue(minWords)),
            };
            var report = BenchRunner.Run(articles, name, settings, ct);
            if (parse.GetValue(format) == "json")
            {
                BenchReportWriter.WriteJson(report, context.Output);
            }
            else
            {
                using var writer = new StreamWriter(context.Output, new UTF8Encoding(false), leaveOpen: true);
                BenchReportWriter.WriteText(report, writer);
            }
            context.Output.Flush();
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
