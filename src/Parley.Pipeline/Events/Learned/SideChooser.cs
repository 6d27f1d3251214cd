using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Picks an act's source where the coder's rules found none (the <c>no-source</c> drop): every actor group of the sentence
/// that resolves to an actor, is not the act's target and does not hold the trigger is a candidate, scored by the
/// <see cref="SideModel"/> over its <see cref="SideFeatures"/>; the best one is the source when its score reaches the model's
/// threshold (rule suffix <c>+source.learned</c>). In "Fresh clashes broke out on Monday, with Ruritanian troops near the
/// border", with no rule reading a subject for "clashes", the candidate "Ruritanian troops" after the trigger is scored
/// against the others and taken if it scores high enough. With a <see cref="SideCandidateLog"/>, every candidate is logged
/// for training whether or not a model is loaded. With an event judge (a second <see cref="SideModel"/> over the act's
/// <see cref="JudgeFeatures"/>), the best candidate is taken when the judge's score times its own reaches the judge's
/// threshold instead: the ranker says who, the judge whether the act is news at all (docs/evaluation-cameo.md, Sides).
/// </summary>
internal static class SideChooser
{
    public const string Suffix = "+source.learned";

    /// <summary>The mentions of the chosen source group, or null when no candidate scores high enough (or there is no model).</summary>
    public static int[]? Source(Document document, Sentence sentence, TriggerMatch trigger, string cameo, List<ActorGroup> groups, int[] targets,
        Func<int, EventActor?> resolve, SideModel? model, SideCandidateLog? log, SideModel? judge = null, int sentenceIndex = 0,
        IReadOnlyList<(CodedEvent Event, int Sentence)>? deeds = null)
    {
        if (model is null && log is null)
            return null;
        return Rank(document, sentence, trigger, cameo, groups, targets, Countries(targets, resolve), resolve, model, log, null, null, "source",
            judge is null && log is null ? null : new JudgeInput(judge, sentenceIndex, deeds ?? []));
    }

    /// <summary>
    /// Logs the candidate targets of an act coded with a source and no target (side "target"; not the source's actors):
    /// rows to learn whether a target ranker could fill it.
    /// </summary>
    public static void LogTarget(Document document, Sentence sentence, TriggerMatch trigger, string cameo, List<ActorGroup> groups,
        Func<int, EventActor?> resolve, List<EventActor> source, SideCandidateLog log)
    {
        var exclude = new List<int>();
        foreach (var g in groups)
            foreach (var m in g.Mentions)
                if (source.Exists(a => a.Entity == document.Mentions[m].Entity))
                    exclude.Add(m);
        var countries = new List<string>(source.Count);
        foreach (var a in source)
            countries.Add(a.Code.Country);
        Rank(document, sentence, trigger, cameo, groups, [.. exclude], countries, resolve, null, log, null, null, "target");
    }

    private static List<string> Countries(int[] mentions, Func<int, EventActor?> resolve)
    {
        var countries = new List<string>(mentions.Length);
        foreach (var m in mentions)
            if (resolve(m) is { } a)
                countries.Add(a.Code.Country);
        return countries;
    }

    /// <summary>
    /// Logs the candidates of an act the rules did give a source (<paramref name="source"/>), side "coded", with the feature
    /// <c>rule.pick</c> on the rules' own choice and its rule suffix: rows to learn whether the ranker could override the rules.
    /// </summary>
    public static void LogCoded(Document document, Sentence sentence, TriggerMatch trigger, string cameo, List<ActorGroup> groups, int[] targets,
        Func<int, EventActor?> resolve, List<EventActor> source, string rule, SideCandidateLog log)
    {
        var plus = rule.IndexOf("+source.", StringComparison.Ordinal);
        var how = plus < 0 ? "rule" : rule[(plus + 8)..].Split('+')[0];
        Rank(document, sentence, trigger, cameo, groups, targets, Countries(targets, resolve), resolve, null, log, source, how, "coded");
    }

    /// <summary>Scores the groups holding none of <paramref name="exclude"/> and not the trigger; <paramref name="other"/> are the other side's countries.</summary>
    private static int[]? Rank(Document document, Sentence sentence, TriggerMatch trigger, string cameo, List<ActorGroup> groups, int[] exclude,
        List<string> other, Func<int, EventActor?> resolve, SideModel? model, SideCandidateLog? log, List<EventActor>? picked, string? how, string side,
        JudgeInput? judge = null)
    {
        var candidates = new List<(ActorGroup Group, EventActor Actor, int Mention)>();
        foreach (var g in groups)
        {
            if (g.FirstToken < trigger.EndToken && g.EndToken > trigger.FirstToken)
                continue; // the trigger's own words
            var inTarget = false;
            foreach (var m in g.Mentions)
                inTarget |= Array.IndexOf(exclude, m) >= 0;
            if (inTarget)
                continue;
            foreach (var m in g.Mentions)
                if (resolve(m) is { } actor)
                {
                    candidates.Add((g, actor, m));
                    break;
                }
        }
        if (candidates.Count == 0)
            return null;
        // The act itself: logged once (side "act", labelled by whether the sentence has a gold event of its root), and judged.
        var judged = 1.0;
        if (side == "source" && judge is not null && (log is not null || judge.Model is not null && model is not null))
        {
            var act = JudgeFeatures.Of(document, sentence, judge.SentenceIndex, trigger, cameo, candidates.Count, judge.Deeds);
            judged = judge.Model?.Score(act) ?? 1;
            log?.Add(new SideCandidate(trigger.Range, cameo, "act", trigger.Range, new ActorCode("---", null), act, judged));
        }
        int[]? best = null;
        var bestScore = double.NegativeInfinity;
        for (var c = 0; c < candidates.Count; c++)
        {
            var (g, actor, m) = candidates[c];
            var before = g.EndToken <= trigger.FirstToken;
            var rank = 1; // candidates nearer the trigger on the same side
            foreach (var (near, _, _) in candidates)
                if (before ? near.EndToken <= trigger.FirstToken && near.FirstToken > g.FirstToken : near.FirstToken >= trigger.EndToken && near.FirstToken < g.FirstToken)
                    rank++;
            var mention = document.Mentions[m];
            var features = SideFeatures.Of(document, sentence, trigger, g.FirstToken, g.EndToken, rank, ReferenceEquals(g.Mentions, groups[0].Mentions),
                actor, mention.Kind, document.Entities[mention.Entity].Type,
                other.Count == 0 ? null : other.Contains(actor.Code.Country), cameo, g.NamesTwoOrMore(document), candidates.Count);
            if (picked is not null)
            {
                var mine = false;
                foreach (var gm in g.Mentions)
                    mine |= picked.Exists(a => a.Entity == document.Mentions[gm].Entity);
                if (mine)
                {
                    features.Add("rule.pick");
                    features.Add("rule.pick=" + how);
                }
            }
            var score = model?.Score(features) ?? 0;
            log?.Add(new SideCandidate(trigger.Range, cameo, side, new TextRange(g.Start, g.End), actor.Code, features, score));
            if (model is not null && (judge?.Model is null ? score >= model.Threshold : score * judged >= judge.Model.Threshold) && score > bestScore)
                (best, bestScore) = (g.Mentions, score);
        }
        return best;
    }

    /// <summary>The event judge and what it reads besides the act: the sentence's index and the story's coded events so far.</summary>
    private sealed record JudgeInput(SideModel? Model, int SentenceIndex, IReadOnlyList<(CodedEvent Event, int Sentence)> Deeds);
}
