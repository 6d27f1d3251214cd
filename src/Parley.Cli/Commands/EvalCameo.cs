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
        var path = new Argument<string>("path") { Description = "CAMEO gold, JSON Lines, one sentence a line (docs/evaluation-cameo.md)." };
        var sentences = new Option<bool>("--sentences") { Description = "Run each sentence as its own article instead of each story as one (--in-story, the default)." };
        var inStory = new Option<bool>("--in-story") { Description = "Run each story's sentences, joined with spaces, as one article (the default)." };
        var skipDoubtful = new Option<bool>("--skip-doubtful") { Description = "Leave out gold events whose note starts \"doubtful:\" (predictions matching them are not false)." };
        var errors = new Option<bool>("--errors") { Description = "Also list every missed gold event and every false prediction, with the sentence." };
        var against = new Option<string?>("--second-coder") { Description = "A second coder's gold file of the same sentences: score it against <path> instead of running Parley (inter-annotator agreement)." };
        var command = new Command("cameo", "Score events against real-news CAMEO gold: root + dyad found, root found, false events, per root.")
        {
            path, inStory, sentences, skipDoubtful, errors, against,
        };
        command.SetAction((parse, ct) =>
        {
            if (parse.GetValue(sentences) && parse.GetValue(inStory))
                Core.ErrorCodes.Throw(Core.ErrorCodes.BadOption, "--sentences and --in-story exclude each other; pass one of them (--in-story is the default).");
            var file = parse.GetValue(path)!;
            if (!File.Exists(file))
                Core.ErrorCodes.Throw(Core.ErrorCodes.NotFound, $"'{file}' does not exist; pass the path of a CAMEO gold file (see README, Evaluation).");
            var second = parse.GetValue(against);
            // With the coder's own patterns, a miss with no event says whether a trigger of its root was in the sentence.
            var triggers = second is null ? new Pipeline.Events.TriggerFinder(PipelineCatalog.DefaultPatterns) : null;
            var options = new CameoOptions(parse.GetValue(sentences) ? CameoMode.Sentences : CameoMode.InStory, parse.GetValue(skipDoubtful), triggers);
            if (second is not null && !File.Exists(second))
                Core.ErrorCodes.Throw(Core.ErrorCodes.NotFound, $"'{second}' does not exist; pass the second coder's CAMEO gold file of the same sentences.");
            var report = second is not null
                ? CameoAgreement.Compare(CameoGold.Read(file), CameoGold.Read(second), options)
                : CameoEvaluation.Evaluate(file, article => PipelineCatalog.Default.Run(article, ct), options);
            context.Output.Write(Encoding.UTF8.GetBytes(report.ToText(parse.GetValue(errors))));
            context.Output.Flush();
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
