using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>The learned event judge of dropped no-source acts: its row, its features, and judge × ranker against its threshold.</summary>
public sealed class EventJudgeTests
{
    // "protests" (read by a verb pattern) has no source the rules read; "Venezuelan police" after it is the sentence's one other actor.
    private const string Protests = "Fresh protests broke out in Caracas on Friday as Venezuelan police blocked the main square.";

    // The ranker scores its one candidate sigmoid(1) = 0.73 (alone it would take it at 0.5); the judge scores the act sigmoid(0) = 0.5.
    private const string Ranker = "feature\tweight\nbias\t0\nthreshold\t0.5\npos=after\t1\n";

    private static Document Run(string text, PipelineOptions options) =>
        PipelineCatalog.Build(options).Run(new Article("test", text) { Published = new Publication(new DateOnly(2025, 7, 10), null, PublishedSource.Option) });

    /// <summary>Runs <paramref name="text"/> with a ranker and a judge written to files of their own.</summary>
    private static Document RunWith(string judge, string text)
    {
        var sides = Path.Combine(Path.GetTempPath(), $"parley-sides-{Guid.NewGuid():N}.tsv");
        var judged = Path.Combine(Path.GetTempPath(), $"parley-judge-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(sides, Ranker);
        File.WriteAllText(judged, judge);
        try
        {
            return Run(text, new PipelineOptions { SideModelFile = sides, SideJudgeFile = judged });
        }
        finally
        {
            File.Delete(sides);
            File.Delete(judged);
        }
    }

    private static List<SideCandidate> Acts(string text, out Document document)
    {
        var log = new SideCandidateLog();
        document = Run(text, new PipelineOptions { SideModelFile = "none", SideCandidates = log });
        return [.. log.Drain().Where(c => c.Side == "act")];
    }

    [Fact]
    public void A_dropped_act_with_a_candidate_is_logged_once_with_its_own_features()
    {
        var acts = Acts(Protests, out var document);
        var act = Assert.Single(acts, a => document.TextOf(a.Trigger) == "protests");
        foreach (var f in new[] { "j.kind=Verb", "j.root=14", "j.prev=fresh", "j.prev2=start", "j.pos=0-2", "j.sent=0", "j.cands=1", "j.form=Verbs" })
            Assert.Contains(f, act.Features);
        Assert.DoesNotContain("j.quote", act.Features);
        Assert.Equal(act.Features.Count, act.Features.Distinct().Count());
    }

    [Fact]
    public void An_act_of_a_root_the_story_just_coded_is_marked_as_told_before()
    {
        var acts = Acts("Venezuelan students protested against the government in Caracas on Thursday. " + Protests, out var document);
        var act = Assert.Single(acts, a => document.TextOf(a.Trigger) == "protests");
        Assert.Contains("j.told.near", act.Features);
        Assert.Contains("j.sent=1", act.Features);
    }

    [Fact]
    public void The_best_candidate_is_taken_when_judge_times_ranker_reaches_the_judges_threshold()
    {
        var document = RunWith("feature\tweight\nbias\t0\nthreshold\t0.3\n", Protests);
        var e = Assert.Single(document.Events, e => e.Rule.Contains(SideChooser.Suffix, StringComparison.Ordinal));
        Assert.Equal("protests", document.TextOf(e.Trigger));
        Assert.Equal("VEN", Assert.Single(e.Source).Code.Country);
    }

    [Fact]
    public void A_judge_doubting_the_act_leaves_it_uncoded_though_the_ranker_alone_would_take_it()
    {
        var document = RunWith("feature\tweight\nbias\t0\nthreshold\t0.4\n", Protests);
        Assert.DoesNotContain(document.Events, e => e.Rule.Contains(SideChooser.Suffix, StringComparison.Ordinal));
        Assert.Contains(document.Uncoded, u => u.Reason == UncodedReasons.NoSource && document.TextOf(u.Trigger) == "protests");
        // A feature the judge weighs against the act: the same judge with a strong bias for news takes it.
        Assert.Contains(RunWith("feature\tweight\nbias\t3\nthreshold\t0.4\n", Protests).Events, e => e.Rule.Contains(SideChooser.Suffix, StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_judge_loads_and_the_default_coder_does_not_use_it()
    {
        var judge = SideModel.DefaultJudge;
        Assert.NotNull(judge);
        Assert.True(judge.Count > 50);
        Assert.InRange(judge.Threshold, 0.05, 1.01);
        Assert.True(judge.WeightOf("j.aux=to") < 0); // "to" before the trigger: an act wanted or planned, not done
        Assert.DoesNotContain(EventTestDocuments.Run(Protests).Events, e => e.Rule.Contains(SideChooser.Suffix, StringComparison.Ordinal));
    }
}
