using System.CommandLine;
using System.Text;
using Parley.Evaluation.Cameo;
using Parley.Pipeline;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval cameo</c>: events against real-news sentences with gold CAMEO codes and dyads (JSON Lines).</summary>
public static class EvalCameo
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string[]>("path") { Description = "CAMEO gold, JSON Lines, one sentence a line (docs/evaluation-cameo.md); several files only with --by-rule.", Arity = ArgumentArity.OneOrMore };
        var sentences = new Option<bool>("--sentences") { Description = "Run each sentence as its own article instead of each story as one (--in-story, the default)." };
        var inStory = new Option<bool>("--in-story") { Description = "Run each story's sentences, joined with spaces, as one article (the default)." };
        var skipDoubtful = new Option<bool>("--skip-doubtful") { Description = "Leave out gold events whose note starts \"doubtful:\" (predictions matching them are not false)." };
        var errors = new Option<bool>("--errors") { Description = "Also list every missed gold event and every false prediction, with the sentence." };
        var against = new Option<string?>("--second-coder") { Description = "A second coder's gold file of the same sentences: score it against <path> instead of running Parley (inter-annotator agreement)." };
        var handSet = new Option<bool>("--hand-set-confidence") { Description = "Keep the coder's hand-set confidence instead of the learned one (data/patterns/confidence.tsv), e.g. to compare their by-confidence tables." };
        var predictions = new Option<string?>("--predictions") { Description = "Also write every counted prediction with its verdict and confidence features to this TSV (runs with the hand-set confidence, the learned model's input; tools/Parley.Calibrate reads it)." };
        var sideRows = new Option<string?>("--side-candidates") { Description = "Also write every candidate source the learned side ranker scored, labelled against the gold, to this TSV (runs without the ranker's choices; tools/Parley.Calibrate sides-cv and sides-train read it)." };
        var sideModel = new Option<string?>("--side-model") { Description = "Pick a source where the rules find none with this side ranker weights file, or 'default' for data/patterns/sides.tsv ('none', the default: no learned sides; docs/evaluation-cameo.md, Sides)." };
        var sideJudge = new Option<string?>("--side-judge") { Description = "With --side-model, take the ranker's best candidate when this event judge's score times the ranker's reaches the judge's threshold; a weights file or 'default' for data/patterns/judge.tsv (docs/evaluation-cameo.md, Sides)." };
        var byRule = new Option<bool>("--by-rule") { Description = "Also tally the counted predictions by the rule that coded them and by trigger word (right, dyad wrong, false by kind), worst first; with several gold files, only that tally, pooled." };
        var floor = new Option<double>("--min-confidence") { Description = "Score only the events coded with at least this confidence (as extract --min-confidence; default 0 scores all)." };
        var command = new Command("cameo", "Score events against real-news CAMEO gold: root + dyad found, root found, false events, per root.")
        {
            path, inStory, sentences, skipDoubtful, errors, against, handSet, predictions, floor, sideRows, sideModel, sideJudge, byRule,
        };
        command.SetAction((parse, ct) =>
        {
            if (parse.GetValue(sentences) && parse.GetValue(inStory))
                Core.ErrorCodes.Throw(Core.ErrorCodes.BadOption, "--sentences and --in-story exclude each other; pass one of them (--in-story is the default).");
            var files = parse.GetValue(path)!;
            foreach (var f in files)
                if (!File.Exists(f))
                    Core.ErrorCodes.Throw(Core.ErrorCodes.NotFound, $"'{f}' does not exist; pass the path of a CAMEO gold file (see README, Evaluation).");
            var tally = parse.GetValue(byRule) ? new CameoRuleTally() : null;
            if (files.Length > 1 && (tally is null || parse.GetValue(against) is not null || parse.GetValue(predictions) is not null || parse.GetValue(sideRows) is not null))
                Core.ErrorCodes.Throw(Core.ErrorCodes.BadOption, "several gold files are pooled only by --by-rule (without --second-coder, --predictions or --side-candidates); pass one file, or add --by-rule.");
            var file = files[0];
            var second = parse.GetValue(against);
            // With the coder's own patterns, a miss with no event says whether a trigger of its root was in the sentence.
            var triggers = second is null ? new Pipeline.Events.TriggerFinder(PipelineCatalog.DefaultPatterns) : null;
            var output = parse.GetValue(predictions);
            if (output is not null && second is not null)
                Core.ErrorCodes.Throw(Core.ErrorCodes.BadOption, "--predictions writes Parley's predictions; it does not go with --second-coder.");
            var features = output is null ? null : new Pipeline.Events.ConfidenceFeatures(PipelineCatalog.DefaultPatterns);
            var sideOutput = parse.GetValue(sideRows);
            var sides = sideOutput is null ? null : new CameoSideRows(SetName(file));
            var sideFile = parse.GetValue(sideModel) ?? (sides is null ? null : "none");
            if (sideFile is not null and not "none" and not "default" && !File.Exists(sideFile))
                Core.ErrorCodes.Throw(Core.ErrorCodes.NotFound, $"'{sideFile}' does not exist; pass a side ranker weights file (tools/Parley.Calibrate sides-train) or 'none'.");
            var judgeFile = parse.GetValue(sideJudge);
            if (judgeFile is not null and not "none" and not "default" && !File.Exists(judgeFile))
                Core.ErrorCodes.Throw(Core.ErrorCodes.NotFound, $"'{judgeFile}' does not exist; pass an event judge weights file (tools/Parley.Calibrate judge-cv --folds) or 'none'.");
            var options = new CameoOptions(parse.GetValue(sentences) ? CameoMode.Sentences : CameoMode.InStory, parse.GetValue(skipDoubtful), triggers, features) { SideRows = sides };
            var minConfidence = parse.GetValue(floor);
            if (double.IsNaN(minConfidence) || minConfidence < 0 || minConfidence > 1)
                Core.ErrorCodes.Throw(Core.ErrorCodes.BadOption, $"--min-confidence {minConfidence} is not between 0 and 1; pass e.g. 0.2.");
            var pipeline = PipelineCatalog.Build(new PipelineOptions
            {
                HandSetConfidence = output is not null || parse.GetValue(handSet), MinConfidence = minConfidence, SideModelFile = sideFile, SideJudgeFile = judgeFile, SideCandidates = sides?.Log,
            });
            if (second is not null && !File.Exists(second))
                Core.ErrorCodes.Throw(Core.ErrorCodes.NotFound, $"'{second}' does not exist; pass the second coder's CAMEO gold file of the same sentences.");
            if (files.Length > 1)
            {
                foreach (var f in files)
                    tally!.Add(CameoEvaluation.Evaluate(f, article => pipeline.Run(article, ct), options));
                context.Output.Write(Encoding.UTF8.GetBytes(tally!.ToText(parse.GetValue(errors))));
                context.Output.Flush();
                return Task.FromResult(ExitCodes.Ok);
            }
            var report = second is not null
                ? CameoAgreement.Compare(CameoGold.Read(file), CameoGold.Read(second), options)
                : CameoEvaluation.Evaluate(file, article => pipeline.Run(article, ct), options);
            if (output is not null)
            {
                using var writer = new StreamWriter(output, append: false, new UTF8Encoding(false));
                CameoPredictionsFile.Write(writer, report, SetName(file));
            }
            if (sides is not null)
            {
                using var writer = new StreamWriter(sideOutput!, append: false, new UTF8Encoding(false));
                sides.Write(writer);
            }
            context.Output.Write(Encoding.UTF8.GetBytes(report.ToText(parse.GetValue(errors))));
            if (tally is not null)
            {
                tally.Add(report);
                context.Output.Write(Encoding.UTF8.GetBytes(Environment.NewLine + tally.ToText(parse.GetValue(errors))));
            }
            context.Output.Flush();
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>"eval/cameo-news-s20c.jsonl" -> "s20c".</summary>
    internal static string SetName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.StartsWith("cameo-news-", StringComparison.Ordinal) ? name["cameo-news-".Length..] : name;
    }
}
