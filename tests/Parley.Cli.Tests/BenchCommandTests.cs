using System.Text;
using System.Text.Json;
using Parley.Cli;
using Parley.Pipeline;

namespace Parley.Cli.Tests;

public sealed class BenchCommandTests
{
    [Fact]
    public void JsonReportHasEveryMeasurement()
    {
        var (exit, output, _) = Run("bench", "--count", "12", "--repeat", "1", "--warm-up", "2", "--threads", "2", "--min-words", "0", "--ingest-count", "12", "--format", "json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(12, root.GetProperty("documents").GetInt32());
        Assert.Equal(1, root.GetProperty("passes").GetInt32());
        Assert.True(root.GetProperty("words").GetInt64() > 12 * 100);
        Assert.True(root.GetProperty("kb_load_cold_seconds").GetDouble() > 0);
        Assert.True(root.GetProperty("pipeline_build_seconds").GetDouble() >= 0);

        var runs = root.GetProperty("extract").EnumerateArray().ToArray();
        Assert.Equal([1, 2], runs.Select(r => r.GetProperty("threads").GetInt32()));
        Assert.All(runs, r => Assert.True(r.GetProperty("words_per_second").GetDouble() > 0));
        Assert.All(runs, r => Assert.True(r.GetProperty("events").GetInt32() > 0));
        Assert.True(root.GetProperty("speed_up").GetDouble() > 0);
        Assert.True(root.GetProperty("peak_working_set_bytes").GetInt64() > 0);

        var stages = root.GetProperty("stages").EnumerateArray().ToArray();
        var expected = PipelineCatalog.Default.Components.Select(c => c.Name).Append("json.ArticleJson");
        Assert.Equal(expected, stages.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(1.0, stages.Sum(s => s.GetProperty("share").GetDouble()), 6);
        // every stage that builds a layer allocates something; the figure is per document, counted on the measuring thread
        Assert.All(stages, s => Assert.True(s.GetProperty("bytes_per_document").GetDouble() >= 0));
        Assert.True(stages.Single(s => s.GetProperty("name").GetString() == "events.Coder.v1").GetProperty("bytes_per_document").GetDouble() > 0);

        var ingest = root.GetProperty("ingest");
        Assert.Equal(12, ingest.GetProperty("documents").GetInt32());
        Assert.Equal(runs[0].GetProperty("events").GetInt32(), ingest.GetProperty("events").GetInt32());
        Assert.Equal(1, ingest.GetProperty("workers").GetInt32()); // two threads: one codes, the store keeps the other
        Assert.Equal(5, root.GetProperty("targets").GetArrayLength());
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(8, 7)]
    public void IngestLeavesTheDatabaseWriterACoreOfItsOwn(int cores, int workers) =>
        Assert.Equal(workers, Commands.IngestCommand.WorkersBesideTheWriter(cores));

    [Fact]
    public void IngestStoresALongerSyntheticCorpusThanTheOneMeasured()
    {
        var (exit, output, _) = Run("bench", "--count", "6", "--repeat", "1", "--warm-up", "0", "--threads", "1", "--min-words", "0", "--ingest-count", "40", "--format", "json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(6, root.GetProperty("documents").GetInt32());
        var ingest = root.GetProperty("ingest");
        Assert.Equal(40, ingest.GetProperty("documents").GetInt32());
        Assert.True(ingest.GetProperty("events").GetInt32() > root.GetProperty("extract")[0].GetProperty("events").GetInt32());
    }

    [Fact]
    public void TextReportShowsWhereTheTimeGoes()
    {
        var (exit, output, _) = Run("bench", "--count", "5", "--repeat", "1", "--warm-up", "0", "--threads", "1", "--min-words", "0", "--no-ingest");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("where single-threaded time goes", output, StringComparison.Ordinal);
        Assert.Contains("entities.Recognizer.v1", output, StringComparison.Ordinal);
        Assert.Contains("targets", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ingest events/s", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAJsonLinesCorpus()
    {
        var folder = Directory.CreateTempSubdirectory("parley-bench-test-");
        try
        {
            var path = Path.Combine(folder.FullName, "corpus.jsonl");
            using (var file = File.Create(path))
                Commands.BenchCorpus.WriteJsonLines(Commands.BenchCorpus.Generate(4, 99), file);
            var (exit, output, _) = Run("bench", path, "--repeat", "1", "--warm-up", "0", "--threads", "1", "--no-ingest", "--min-words", "5000", "--format", "json");
            Assert.Equal(ExitCodes.Ok, exit);
            using var json = JsonDocument.Parse(output);
            var root = json.RootElement;
            Assert.Equal(4, root.GetProperty("documents").GetInt32());
            // A small corpus runs several times over: each run covers at least --min-words words.
            var passes = root.GetProperty("passes").GetInt32();
            Assert.True(passes * root.GetProperty("words").GetInt64() >= 5000, $"{passes} passes");
            Assert.Equal(passes * 4 * 1.0 / root.GetProperty("extract")[0].GetProperty("seconds").GetDouble(),
                root.GetProperty("extract")[0].GetProperty("documents_per_second").GetDouble(), 3);
            Assert.Equal(path, json.RootElement.GetProperty("corpus").GetString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AMissingCorpusIsAUsageError()
    {
        var (exit, _, error) = Run("bench", "/no/such/corpus.jsonl");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("PARLEY-E008", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exit = ParleyApp.Run(args, new CliContext(TextReader.Null, output, error));
        return (exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
