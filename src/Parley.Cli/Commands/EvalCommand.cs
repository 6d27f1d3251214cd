using System.CommandLine;
using System.Text;
using Parley.Core;
using Parley.Evaluation.Ner;
using Parley.Evaluation.Petrarch;
using Parley.Evaluation.Plover;
using Parley.Evaluation.Time;
using Parley.Pipeline;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval</c>: score Parley on public gold standards read from a path (never bundled).</summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Score Parley against gold standards: time (TimeML), plover (PLOVER gold records), ner (CoNLL/IOB2), petrarch (PETRARCH2 unit tests), places (GeoVirus), cameo (real-news CAMEO gold), pos (UD CoNLL-U part-of-speech).");
        command.Add(Simple(context, "plover", "PLOVER gold records (a JSON array, e.g. plover-gsr-dev.json).",
            (path, run) => PloverEvaluation.Evaluate(path, run, new Pipeline.Events.TriggerFinder(PipelineCatalog.DefaultPatterns)).ToText()));
        command.Add(Simple(context, "time", "A folder of TempEval-3 TimeML files.",
            (path, run) => TimeMlEvaluation.Evaluate(path, run).ToText()));
        command.Add(Ner(context));
        command.Add(Petrarch(context));
        command.Add(EvalPlaces.Create(context));
        command.Add(EvalCameo.Create(context));
        command.Add(Pos(context));
        return command;
    }

    private static Command Simple(CliContext context, string name, string description, Func<string, Func<Article, Document>, string> evaluate)
    {
        var path = new Argument<string>("path") { Description = description };
        var command = new Command(name, "Score against " + description) { path };
        command.SetAction((parse, ct) =>
        {
            var pipeline = PipelineCatalog.Default;
            Write(context, evaluate(Existing(parse.GetValue(path)!), article => pipeline.Run(article, ct)));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command Ner(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "An IOB2 or CoNLL-2003 file." };
        var byDocument = new Option<bool>("--docs") { Description = "Run whole documents (by # newdoc / -DOCSTART-). The default when the file marks more than one document." };
        var bySentence = new Option<bool>("--sentences") { Description = "Run every sentence as an article of its own, even when the file marks documents." };
        var listErrors = new Option<bool>("--errors") { Description = "Also list every missed span, false alarm and wrong type, with context." };
        var command = new Command("ner", "Score named entities (exact spans, PER/ORG/LOC) on a CoNLL-style file.") { path, byDocument, bySentence, listErrors };
        command.SetAction((parse, ct) =>
        {
            if (parse.GetValue(byDocument) && parse.GetValue(bySentence))
                ErrorCodes.Throw(ErrorCodes.BadOption, "--docs and --sentences exclude each other: give one, or neither to follow the file's document marks.");
            var gold = Existing(parse.GetValue(path)!);
            bool? documents = parse.GetValue(byDocument) ? true : parse.GetValue(bySentence) ? false : null; // null: as the file marks
            var pipeline = PipelineCatalog.Default;
            var errors = parse.GetValue(listErrors) ? new List<NerError>() : null;
            var report = NerEvaluation.Evaluate(gold, article => pipeline.Run(article, ct), NerFormat.Auto, documents, errors, Knowledge.KnowledgeBase.Embedded);
            foreach (var error in errors ?? [])
                Write(context, error.ToString());
            Write(context, report.ToText());
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command Pos(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "A Universal Dependencies CoNLL-U file (with # text lines)." };
        var noRules = new Option<bool>("--no-rules") { Description = "Tag every word with its most frequent reading only (the contextual rules off)." };
        var command = new Command("pos", "Score the part-of-speech tagger (UPOS accuracy, known and unknown words, trigger words as verb or noun) on a CoNLL-U file.") { path, noRules };
        command.SetAction((parse, ct) =>
        {
            var tagger = parse.GetValue(noRules) ? new Pipeline.Text.PosTagger(Pipeline.Text.PosLexicon.Embedded) { Rules = false } : Pipeline.Text.PosTagger.Default;
            using var reader = new StreamReader(Existing(parse.GetValue(path)!));
            var triggers = Evaluation.Pos.PosEvaluation.TriggerWords(PipelineCatalog.DefaultPatterns);
            Write(context, Evaluation.Pos.PosEvaluation.Evaluate(reader, tagger, triggers).ToText());
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command Petrarch(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "PETR.UnitTest.records.xml." };
        var dictionaries = new Option<string?>("--dictionaries") { Description = "A folder of PETRARCH/TABARI dictionaries (actors, agents, verbs) to convert and use." };
        var command = new Command("petrarch", "Run the PETRARCH2 unit-test suite and report the pass rate.") { path, dictionaries };
        command.SetAction((parse, ct) =>
        {
            var options = new PipelineOptions();
            using var temp = new TempFiles();
            if (parse.GetValue(dictionaries) is { } folder)
            {
                var converted = PetrarchDictionaries.Load(Existing(folder));
                options = options with
                {
                    ActorsFile = temp.Write("actors.tsv", converted.WriteActorsTsv),
                    PatternFiles = [temp.Write("patterns.tsv", converted.WritePatternsTsv)],
                };
                context.Error.WriteLine(converted.Summary());
            }
            var pipeline = PipelineCatalog.Build(options);
            Write(context, PetrarchUnitTests.Evaluate(Existing(parse.GetValue(path)!), article => pipeline.Run(article, ct)).ToText());
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static string Existing(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
            ErrorCodes.Throw(ErrorCodes.NotFound, $"'{path}' does not exist; pass the path of the gold standard (see README, Evaluation).");
        return path;
    }

    private static void Write(CliContext context, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.EndsWith('\n') ? text : text + "\n");
        context.Output.Write(bytes);
        context.Output.Flush();
    }

    private sealed class TempFiles : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("parley-eval-").FullName;

        public string Write(string name, Func<TextWriter, int> write)
        {
            var path = Path.Combine(_folder, name);
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
            write(writer);
            return path;
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
