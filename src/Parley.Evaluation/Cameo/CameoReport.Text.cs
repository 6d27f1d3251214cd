using System.Globalization;
using System.Text;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Cameo;

public sealed partial class CameoReport
{
    private const int SentenceWidth = 120;

    /// <summary>Headline figures, errors by kind, the per-root table and, with <paramref name="errors"/>, every miss and false event.</summary>
    public string ToText(bool errors = false)
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var mode = Options.Mode == CameoMode.InStory ? "in-story" : "sentences";
        s.AppendLine(inv, $"CAMEO gold: {Sentences.Count} sentences, {Stories} stories, mode {mode}{(Options.SkipDoubtful ? $", {SkippedDoubtful} doubtful gold events skipped" : "")}");
        s.AppendLine(inv, $"gold events                 {GoldEvents}");
        s.AppendLine(inv, $"found (root + dyad)         {Found.Format()}   (by the intent rule: {FoundByIntentRule})");
        s.AppendLine(inv, $"found, strict targets       {FoundStrictTargets.Format()}   (a target where gold has none, or none where gold has one, is not found)");
        s.AppendLine(inv, $"found by root (any dyad)    {FoundByRoot.Format()}");
        s.AppendLine(inv, $"predictions                 {Predictions}   (not counted: {Negated} negated, {Hypothetical} hypothetical{(Options.SkipDoubtful ? $", {MatchedDoubtful} matching doubtful gold" : "")})");
        s.AppendLine(inv, $"false predictions           {False.Format()}");
        s.AppendLine(inv, $"missed by kind              {Kinds(Missed, MissName)}");
        s.AppendLine(inv, $"false by kind               {Kinds(FalseByKind, FalseName)}");
        s.AppendLine(inv, $"no event, by gold root      {MostFirst(NoEventByRoot, root => root)}");
        if (Options.Triggers is not null)
            s.AppendLine(inv, $"  of which trigger unused   {Sum(TriggerUnusedByRoot)} of {Sum(NoEventByRoot)}: {MostFirst(TriggerUnusedByRoot, root => root)}   (the rest had no trigger of their root)");
        if (Options.Triggers is not null && TriggerUnusedByReason.Keys.Any(why => why is not (CodedNotCounted or CodedSpent or CodedOtherRoot))) // a pipeline that records no reasons gives none
            s.AppendLine(inv, $"  trigger unused, because   {MostFirst(TriggerUnusedByReason, why => why)}");
        s.AppendLine(inv, $"wrong root, gold > coded    {MostFirst(RootConfusions, pair => $"{pair.Gold}>{pair.Predicted}")}");
        s.AppendLine(inv, $"found, background excluded  {FoundWithoutBackground.Format()}   (events whose time ends a year or more before the story removed: {Predictions - FalseWithoutBackground.Total} of {Predictions})");
        s.AppendLine(inv, $"false, background excluded  {FalseWithoutBackground.Format()}");
        s.AppendLine();
        s.AppendLine("root  gold  found  predicted  false  name");
        foreach (var (root, r) in PerRoot)
            s.AppendLine(inv, $"{root,-4}  {r.Gold,4}  {r.Found,5}  {r.Predicted,9}  {r.False,5}  {CameoCodes.RootName(root)}");
        AppendStories(s);
        CameoConfidence.Append(s, CameoConfidence.Bands(Sentences));
        if (errors)
            AppendErrors(s);
        return s.ToString();
    }

    private void AppendStories(StringBuilder s)
    {
        var stories = new List<(string Story, int Sentences, int Gold, int Found, int Predicted, int False)>();
        foreach (var score in Sentences)
        {
            var i = stories.FindIndex(x => x.Story == score.Sentence.Story);
            if (i < 0)
            {
                i = stories.Count;
                stories.Add((score.Sentence.Story, 0, 0, 0, 0, 0));
            }
            var x = stories[i];
            stories[i] = (x.Story, x.Sentences + 1, x.Gold + score.Gold.Count, x.Found + score.Found, x.Predicted + score.Predictions.Count, x.False + score.False.Count);
        }
        s.AppendLine();
        s.AppendLine("story         sentences  gold  found  predicted  false");
        foreach (var (story, sentences, gold, found, predicted, wrong) in stories)
            s.AppendLine(CultureInfo.InvariantCulture, $"{story,-12}  {sentences,9}  {gold,4}  {found,5}  {predicted,9}  {wrong,5}");
    }

    /// <summary>One line per miss and per false event: kind, sentence id, gold and predicted (code, dyad, trigger), sentence.</summary>
    private void AppendErrors(StringBuilder s)
    {
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine();
        s.AppendLine("missed gold events (kind, id, gold, nearest prediction, sentence):");
        // why an unused trigger gave its gold event nothing, when the pipeline records reasons (as the summary's "because" line)
        var reasons = TriggerUnusedByReason.Keys.Any(why => why is not (CodedNotCounted or CodedSpent or CodedOtherRoot));
        foreach (var score in Sentences)
            foreach (var m in score.Missed)
                s.AppendLine(inv, $"missed\t{MissName(m.Kind)}\t{score.Sentence.Id}\t{Describe(m.Gold)}\t{(m.Nearest is { } p ? Describe(p) : m.Trigger is { } t ? $"trigger {t.Cameo} \"{t.Text}\" {t.Rule}{(reasons ? $" ({t.Reason ?? CodedWhy(score, m.Gold.Root, t)})" : "")}" : "-")}\t{Cut(score)}");
        s.AppendLine();
        s.AppendLine("false predictions (kind, id, prediction, sentence):");
        foreach (var score in Sentences)
            foreach (var f in score.False)
                s.AppendLine(inv, $"false\t{FalseName(f.Kind)}\t{score.Sentence.Id}\t{Describe(f.Prediction)}\t{Cut(score)}");
    }

    public static string Describe(CameoGoldEvent g) =>
        $"gold {g.Cameo} {CameoPrediction.Side(ActorCountries.Of(g.Source))} -> {CameoPrediction.Side(ActorCountries.Of(g.Target))} \"{g.Trigger}\"{(g.Factuality == GoldFactuality.Asserted ? "" : " " + g.Factuality.ToString().ToLowerInvariant())}";

    /// <summary>"predicted 163 EUR -> BLR \"imposed sanctions\"", then its factuality when not asserted and "background" for history long before the story.</summary>
    public static string Describe(CameoPrediction p) =>
        $"predicted {p.Cameo} {p.Dyad} \"{p.Trigger}\"{(p.Factuality == Core.Factuality.Asserted ? "" : " " + p.Factuality.ToString().ToLowerInvariant())}{(p.Background ? " background" : "")}";

    public static string MissName(MissKind kind) => kind switch
    {
        MissKind.NoEvent => "no event",
        MissKind.Dropped => "dropped (negated/hypothetical)",
        MissKind.WrongRoot => "wrong root",
        MissKind.WrongSource => "wrong source",
        MissKind.WrongTarget => "wrong target",
        _ => "wrong source and target",
    };

    public static string FalseName(FalseKind kind) => kind switch
    {
        FalseKind.NoGoldEvent => "no gold event",
        FalseKind.WrongRoot => "wrong root",
        _ => "extra",
    };

    private static string Cut(CameoSentenceScore score) => ArticleFactory.Truncate(score.Sentence.Text, SentenceWidth);

    /// <summary>"11 20, 02 8, 04 7": counts, largest first (ties in key order).</summary>
    private static string MostFirst<T>(IReadOnlyDictionary<T, int> counts, Func<T, string> name)
    {
        if (counts.Count == 0)
            return "none";
        var entries = new List<KeyValuePair<T, int>>(counts);
        var order = new List<int>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
            order.Add(i);
        order.Sort((a, b) => entries[a].Value != entries[b].Value ? entries[b].Value.CompareTo(entries[a].Value) : a.CompareTo(b));
        var parts = new List<string>(entries.Count);
        foreach (var i in order)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name(entries[i].Key)} {entries[i].Value}"));
        return string.Join(", ", parts);
    }

    private static int Sum(IReadOnlyDictionary<string, int> counts)
    {
        var n = 0;
        foreach (var c in counts.Values)
            n += c;
        return n;
    }

    private static string Kinds<T>(IReadOnlyDictionary<T, int> counts, Func<T, string> name) where T : struct, Enum
    {
        if (counts.Count == 0)
            return "none";
        var parts = new List<string>(counts.Count);
        foreach (var (kind, n) in counts)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name(kind)} {n}"));
        return string.Join(", ", parts);
    }
}
