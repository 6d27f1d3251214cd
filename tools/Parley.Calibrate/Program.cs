using System.Globalization;
using System.Text;
using Parley.Calibrate;

// parley-calibrate: learns Parley's event confidence from the predictions of CAMEO gold sets (docs/evaluation-cameo.md, Confidence).
//   parley-calibrate cv PRED.tsv ...            leave-one-set-out report: hand-set against learned confidence
//   parley-calibrate train OUT.tsv PRED.tsv ... fit on every set given and write the weights file Parley reads
//   parley-calibrate split TRAIN.tsv ... -- TEST.tsv ...   leave-sessions-out: learn from the first sets only, score the others
// Options: --l2 X (default 1), --min-count N (default 3: features seen fewer times among right and false predictions are left out),
// --rule-scale S (default 1: the input value of a rule's own features, rule= family= suffix= suffix-part= cameo=; under 1
// leans the model on general evidence), --drop PREFIX (leave out features so named; repeatable).
var inv = CultureInfo.InvariantCulture;
var l2 = 1.0;
var minCount = 3;
var ruleScale = 1.0;
var drop = new List<string>();
var rest = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--l2")
        l2 = double.Parse(args[++i], inv);
    else if (args[i] == "--rule-scale")
        ruleScale = double.Parse(args[++i], inv);
    else if (args[i] == "--drop")
        drop.Add(args[++i]);
    else if (args[i] == "--min-count")
        minCount = int.Parse(args[++i], inv);
    else
        rest.Add(args[i]);
}
// Side ranker (docs/evaluation-cameo.md, Sides), from the rows of parley eval cameo --side-candidates:
//   parley-calibrate sides-cv ROWS.tsv ... [--folds DIR]   leave-one-set-out report (threshold by an inner leave-one-set-out); DIR gets each fold's weights
//   parley-calibrate sides-train OUT.tsv ROWS.tsv ...     fit on every set and write data/patterns/sides.tsv
// Options: --cost X (default 1: a wrong pick costs what a right one gains).
//   parley-calibrate sides-override-cv ROWS.tsv ...       would the ranker, learned on the acts the rules gave a source, override them well?
//   parley-calibrate sides-target-cv ROWS.tsv ... [--folds DIR]   as sides-cv, for the targets of acts coded with none
// Event judge (docs/evaluation-cameo.md, Sides), from the same rows (.../act):
//   parley-calibrate judge-cv ROWS.tsv ... [--folds DIR]   leave-one-set-out: judge x ranker; DIR gets sides-SET.tsv and judge-SET.tsv
//   parley-calibrate judge-train OUT.tsv ROWS.tsv ...     fit on every set and write data/patterns/judge.tsv
if (rest.Count >= 2 && rest[0] is "sides-cv" or "sides-train" or "sides-override-cv" or "sides-target-cv" or "judge-cv" or "judge-train")
    return SideCommands.Run(rest, args.Contains("--l2") ? l2 : 4, args.Contains("--min-count") ? minCount : 5);
var options = new FitOptions(l2, minCount, ruleScale, drop);
if (rest.Count < 2 || rest[0] is not ("cv" or "train" or "split") || rest[0] == "train" && rest.Count < 3)
{
    Console.Error.WriteLine("usage: parley-calibrate cv PRED.tsv ... | split TRAIN.tsv ... -- TEST.tsv ... | train OUT.tsv PRED.tsv ... [--l2 X] [--min-count N] [--rule-scale S] [--drop PREFIX]");
    return 2;
}
if (rest[0] == "cv")
{
    Console.Write(CrossValidation.Run([.. rest.Skip(1).Select(PredictionRows.Read)], options));
    return 0;
}
if (rest[0] == "split")
{
    var cut = rest.IndexOf("--");
    if (cut < 2 || cut == rest.Count - 1)
    {
        Console.Error.WriteLine("usage: parley-calibrate split TRAIN.tsv ... -- TEST.tsv ...");
        return 2;
    }
    Console.Write(CrossValidation.Split([.. rest.Skip(1).Take(cut - 1).Select(PredictionRows.Read)], [.. rest.Skip(cut + 1).Select(PredictionRows.Read)], options));
    return 0;
}
var sets = rest.Skip(2).Select(PredictionRows.Read).ToList();
var weights = Trainer.Fit(sets.SelectMany(s => s.Rows), options);
var text = new StringBuilder();
text.AppendLine("# Parley's learned event confidence: sigmoid(bias + hand * w_hand + the weights of the event's features); a feature");
text.AppendLine("# not listed weighs 0. Features: src/Parley.Pipeline/Events/Confidence/ConfidenceFeatures.cs; 'hand' is the coder's");
text.AppendLine("# hand-set confidence. Learned by tools/Parley.Calibrate (ML.NET logistic regression, right against false predictions)");
text.AppendLine(inv, $"# from the CAMEO gold sets {string.Join(", ", sets.Select(s => s.Name))} ({options}). Regenerate:");
text.AppendLine("#   for f in eval/cameo-news-s*.jsonl (the sets named above; never *-second nor a session's held-out test sets): parley eval cameo $f --predictions pred/NAME.tsv");
text.AppendLine("#   dotnet run --project tools/Parley.Calibrate -c Release -- train data/patterns/confidence.tsv pred/*.tsv --rule-scale 0.5");
text.AppendLine("feature\tweight");
text.AppendLine(string.Create(inv, $"bias\t{weights.Bias:0.0####}"));
text.AppendLine(string.Create(inv, $"hand\t{weights.Hand:0.0####}"));
foreach (var (name, w) in weights.Features.Where(kv => Math.Abs(kv.Value) >= 0.0005).OrderBy(kv => kv.Key, StringComparer.Ordinal))
    text.AppendLine(string.Create(inv, $"{name}\t{w:0.0###}"));
File.WriteAllText(rest[1], text.ToString());
Console.WriteLine(string.Create(inv, $"{rest[1]}: {weights.Features.Count} features from {sets.Sum(s => s.Rows.Count(r => r.Labelled))} right and false predictions of {sets.Count} sets"));
return 0;
