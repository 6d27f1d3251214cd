using System.Globalization;
using System.Text;
using Parley.Core;
using Parley.Evaluation.Plover;
using Parley.Pipeline.Events;

namespace Parley.Evaluation.Cameo;

/// <summary>
/// The side ranker's training rows (<c>eval cameo GOLD --side-candidates FILE</c>): every candidate source the coder's
/// <see cref="SideChooser"/> scored where its rules found none (act <c>.../source</c>), and every candidate of an act the rules
/// gave a source (<c>.../coded</c>, with the feature <c>rule.pick</c> on theirs), and every candidate target of an act coded
/// with no target (<c>.../target</c>, right when a gold event of the root has a target of its country), and one row per act of
/// the first kind with the act's own features (<c>.../act</c>, the event judge's: right when the sentence has more gold events of its root than the coder coded there), labelled against the gold events of the trigger's sentence.
/// A candidate is right (label 1) when a gold event of the act's root has a source of the candidate's country (the evaluation
/// compares sides by country). A TSV, e.g. <c>s20c	n26-1-03	n26-1-03@412/source	talks	040	1	1	pos=before dist=before1 ...</c>:
/// set, sentence, act (sentence and trigger offset), trigger, code, label, whether the sentence has a gold event of the
/// act's root at all, and the candidate's features. <c>tools/Parley.Calibrate sides-cv</c> and <c>sides-train</c> read it.
/// </summary>
public sealed class CameoSideRows(string set)
{
    public const string Header = "set\tsentence\tact\ttrigger\tcameo\tlabel\tgoldact\tfeatures";

    private readonly StringBuilder _text = new();

    /// <summary>The candidates logged while coding; the evaluation drains it after each article.</summary>
    public SideCandidateLog Log { get; } = new();

    /// <summary>Labels the candidates logged for one article, whose sentences start at <paramref name="starts"/> in its text.</summary>
    internal void Label(Document document, IReadOnlyList<CameoGoldSentence> sentences, int[] starts)
    {
        foreach (var row in Log.Drain())
        {
            var sentence = sentences[CameoEvaluation.SentenceAt(starts, row.Trigger.Start)];
            var root = CameoCodes.Root(row.Cameo);
            var country = PloverGold.CountryOf(row.Code.Country);
            bool goldAct = false, right = false;
            foreach (var g in sentence.Events)
            {
                if (g.Root != root || row.Side == "target" && g.Target.Count == 0)
                    continue;
                goldAct = true;
                foreach (var a in row.Side == "target" ? g.Target : g.Source)
                    right |= a.Country == country;
            }
            if (row.Side == "act") // the act itself (the event judge's row): right when the sentence has more gold events of its root than the coder coded
                right = goldAct && Count(sentence.Events.Select(g => g.Root), root) > Count(document.Events.Where(e => e.Sentence.Start <= row.Trigger.Start && e.Sentence.End > row.Trigger.Start).Select(e => CameoCodes.Root(e.Cameo)), root);
            _text.Append(set).Append('\t').Append(sentence.Id).Append('\t').Append(sentence.Id).Append('@').Append(row.Trigger.Start.ToString(CultureInfo.InvariantCulture)).Append('/').Append(row.Side)
                .Append('\t').Append(document.TextOf(row.Trigger).Replace('\t', ' ')).Append('\t').Append(row.Cameo)
                .Append('\t').Append(right ? '1' : '0').Append('\t').Append(goldAct ? '1' : '0').Append('\t').AppendJoin(' ', row.Features).Append('\n');
        }
    }

    private static int Count(IEnumerable<string> roots, string root) => roots.Count(r => r == root);

    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"# set\t{set}");
        writer.WriteLine(Header);
        writer.Write(_text.ToString());
    }
}
