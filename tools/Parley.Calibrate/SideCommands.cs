using System.Globalization;

namespace Parley.Calibrate;

/// <summary>The <c>sides-*</c> and <c>judge-*</c> subcommands (see Program.cs).</summary>
internal static class SideCommands
{
    public static int Run(List<string> rest, double l2, int minCount)
    {
        var inv = CultureInfo.InvariantCulture;
        var cost = 1.0;
        string? folds = null;
        var files = new List<string>();
        for (var i = 1; i < rest.Count; i++)
        {
            if (rest[i] == "--cost")
                cost = double.Parse(rest[++i], inv);
            else if (rest[i] == "--folds")
                folds = rest[++i];
            else
                files.Add(rest[i]);
        }
        if (rest[0] == "sides-cv")
        {
            Console.Write(SideCalibration.CrossValidate([.. files.Select(f => SideRows.Read(f, "source"))], l2, minCount, cost, folds));
            return 0;
        }
        if (rest[0] == "judge-cv")
        {
            Console.Write(JudgeCalibration.CrossValidate([.. files.Select(JudgeCalibration.Read)], l2, minCount, cost, folds));
            return 0;
        }
        if (rest[0] == "judge-train" && files.Count >= 2)
        {
            var judged = files.Skip(1).Select(JudgeCalibration.Read).ToList();
            File.WriteAllText(files[0], JudgeCalibration.Train(judged, l2, minCount, cost, out var t));
            Console.WriteLine(string.Create(inv, $"{files[0]}: threshold {t:0.00}, from {judged.Sum(s => s.Acts.Count)} acts of {judged.Count} sets"));
            return 0;
        }
        if (rest[0] == "sides-target-cv")
        {
            Console.Write(SideCalibration.CrossValidate([.. files.Select(f => SideRows.Read(f, "target"))], l2, minCount, cost, folds));
            return 0;
        }
        if (rest[0] == "sides-override-cv")
        {
            Console.Write(SideOverrides.CrossValidate([.. files.Select(f => SideRows.Read(f, "coded"))], l2, minCount));
            return 0;
        }
        if (files.Count < 2)
        {
            Console.Error.WriteLine("usage: parley-calibrate sides-train OUT.tsv ROWS.tsv ... [--cost X] [--l2 X] [--min-count N]");
            return 2;
        }
        var sets = files.Skip(1).Select(f => SideRows.Read(f, "source")).ToList();
        var w = SideCalibration.Fit(sets.SelectMany(s => s.Rows), l2, minCount);
        var threshold = SideCalibration.InnerThreshold(sets, l2, minCount, cost);
        File.WriteAllText(files[0], SideCalibration.WeightsFile(w, threshold, sets.Select(s => s.Name), l2, minCount, cost));
        Console.WriteLine(string.Create(inv, $"{files[0]}: {w.Features.Count} features, threshold {threshold:0.00}, from {sets.Sum(s => s.Rows.Count)} candidates of {sets.Count} sets"));
        return 0;
    }
}
