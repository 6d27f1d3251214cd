using System.Globalization;

namespace Parley.Evaluation.Cameo;

/// <summary>
/// Every counted prediction of a CAMEO run with its verdict and its confidence features (<c>eval cameo --predictions
/// FILE</c>): what <c>tools/Parley.Calibrate</c> learns the confidence from. A TSV; the lines starting <c>#</c> name the
/// set and its gold event count, then one line a prediction, e.g.
/// <c>s20c	n26-1-01	right	1	040	MDV -> IND	0.85	rule=consult.meet.v1 family=consult.meet head=consult ...</c>.
/// The verdict is <c>right</c> (root and dyad agree with a gold event; <c>finds</c> is how many it found), <c>false</c>,
/// <c>root</c> (its root found a gold event whose dyad disagrees) or <c>neither</c> (set aside: the other direction of a
/// two-sided gold act, or a doubtful gold event's root).
/// </summary>
public static class CameoPredictionsFile
{
    public const string Header = "set\tsentence\tverdict\tfinds\tcameo\tdyad\thand\tfeatures";

    public static void Write(TextWriter writer, CameoReport report, string set)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine($"# set\t{set}");
        writer.WriteLine(string.Create(inv, $"# gold\t{report.GoldEvents}"));
        writer.WriteLine(Header);
        foreach (var s in report.Sentences)
        {
            foreach (var p in s.Predictions)
            {
                var finds = 0;
                var byRoot = false;
                foreach (var m in s.Matches)
                {
                    if (!ReferenceEquals(m.Prediction, p))
                        continue;
                    if (m.DyadAgrees)
                        finds++;
                    else
                        byRoot = true;
                }
                var verdict = finds > 0 ? "right"
                    : s.False.Any(f => ReferenceEquals(f.Prediction, p)) ? "false"
                    : byRoot ? "root" : "neither";
                var features = p.Features is null ? "" : string.Join(' ', p.Features);
                writer.WriteLine(string.Create(inv, $"{set}\t{s.Sentence.Id}\t{verdict}\t{finds}\t{p.Cameo}\t{p.Dyad}\t{p.Confidence:0.00}\t{features}"));
            }
        }
    }
}
