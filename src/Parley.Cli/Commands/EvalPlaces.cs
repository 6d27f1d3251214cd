using System.CommandLine;
using System.Text;
using Parley.Evaluation.Places;
using Parley.Knowledge;
using Parley.Pipeline;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval places</c>: toponym recall/precision and resolution distance on GeoVirus-format XML.</summary>
public static class EvalPlaces
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "A GeoVirus-format XML file (GeoVirus.xml)." };
        var split = new Option<PlaceSplit>("--split") { Description = "all, dev (first half of the stories) or test (the rest).", DefaultValueFactory = _ => PlaceSplit.All };
        var worst = new Option<int>("--worst") { Description = "Also list the N worst-resolved, most missed and most spurious toponyms." };
        var command = new Command("places", "Score geoparsing: toponym spans (overlap) and distance to the gold point (within 161 km, median, AUC).") { path, split, worst };
        command.SetAction((parse, ct) =>
        {
            var file = parse.GetValue(path)!;
            if (!File.Exists(file))
                Core.ErrorCodes.Throw(Core.ErrorCodes.NotFound, $"'{file}' does not exist; pass the path of GeoVirus.xml (see README, Evaluation).");
            var pipeline = PipelineCatalog.Default;
            var report = PlaceEvaluation.Evaluate(file, article => pipeline.Run(article, ct), KnowledgeBase.Embedded, parse.GetValue(split));
            var text = report.ToText(parse.GetValue(worst));
            context.Output.Write(Encoding.UTF8.GetBytes(text));
            context.Output.Flush();
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
