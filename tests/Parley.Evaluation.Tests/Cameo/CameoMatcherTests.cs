using Parley.Core;
using Parley.Evaluation.Cameo;
using Parley.Evaluation.Plover;

namespace Parley.Evaluation.Tests.Cameo;

public sealed class CameoMatcherTests
{
    [Theory]
    [InlineData("042", "NOR", "CHL", "040", "NOR", "CHL", Factuality.Asserted, "found")]
    [InlineData("042", "NOR", "CHL", "042", "NOR,SWE", "CHL", Factuality.Asserted, "found")]
    [InlineData("042", "NOR", "CHL", "042", "SWE", "CHL", Factuality.Asserted, "wrong source")]
    [InlineData("042", "NOR", "CHL", "042", "NOR", "PER", Factuality.Asserted, "wrong target")]
    [InlineData("042", "NOR", "CHL", "042", "NOR", "", Factuality.Asserted, "wrong target")]
    [InlineData("042", "NOR", "CHL", "042", "CHL", "NOR", Factuality.Asserted, "wrong source and target")]
    [InlineData("042", "NOR", "CHL", "042", "", "CHL", Factuality.Asserted, "wrong source")]
    [InlineData("141", "KEN", "", "141", "KEN", "USA", Factuality.Asserted, "found")]
    [InlineData("141", "KEN", "", "141", "KEN", "", Factuality.Future, "found")]
    [InlineData("112", "IGO", "RUS", "111", "IGO", "RUS", Factuality.Asserted, "found")]
    [InlineData("042", "NOR", "CHL", "112", "NOR", "CHL", Factuality.Asserted, "wrong root")]
    [InlineData("033", "NOR", "CHL", "070", "NOR", "CHL", Factuality.Future, "found by the intent rule")]
    [InlineData("036", "NOR", "CHL", "043", "NOR", "CHL", Factuality.Future, "found by the intent rule")]
    [InlineData("033", "NOR", "CHL", "070", "NOR", "CHL", Factuality.Asserted, "wrong root")]
    [InlineData("033", "NOR", "CHL", "190", "NOR", "CHL", Factuality.Future, "wrong root")]
    [InlineData("138", "RUS", "UKR", "190", "RUS", "UKR", Factuality.Future, "found by the intent rule")]
    [InlineData("138", "RUS", "UKR", "070", "RUS", "UKR", Factuality.Future, "wrong root")]
    [InlineData("033", "NOR", "CHL", "070", "SWE", "CHL", Factuality.Future, "wrong source")]
    [InlineData("173", "CHL", "CHL", "173", "CHL", "CHL", Factuality.Negated, "dropped (negated/hypothetical)")]
    [InlineData("173", "CHL", "CHL", "171", "CHL", "CHL", Factuality.Hypothetical, "dropped (negated/hypothetical)")]
    [InlineData("173", "CHL", "CHL", "112", "CHL", "CHL", Factuality.Negated, "no event")]
    public void Finds_a_gold_event_by_root_and_dyad(string cameo, string source, string target, string predicted, string predictedSource, string predictedTarget, Factuality factuality, string expected)
    {
        var score = Score([Gold(cameo, source, target)], [Predicted(predicted, predictedSource, predictedTarget, factuality)]);

        var outcome = score.Found == 1 ? score.FoundByIntentRule == 1 ? "found by the intent rule" : "found" : CameoReport.MissName(score.Missed.Single().Kind);
        Assert.Equal(expected, outcome);
        Assert.Equal(expected == "wrong root" ? 1 : 0, score.False.Count);
        Assert.Equal(expected.StartsWith("found", StringComparison.Ordinal) || expected.StartsWith("wrong s", StringComparison.Ordinal) || expected == "wrong target" ? 1 : 0, score.FoundByRoot);
    }

    [Fact]
    public void Pairs_one_to_one_best_pair_first_so_an_open_target_does_not_take_a_named_ones_prediction()
    {
        var score = Score([Gold("040", "USA", ""), Gold("040", "USA", "CHN")], [Predicted("040", "USA", "CHN"), Predicted("040", "USA", "JPN")]);

        Assert.Equal(2, score.Found);
        Assert.Empty(score.False);
        Assert.Equal("CHN", score.Matches.Single(m => m.Gold.Target.Count == 1).Prediction.Target.Single());
    }

    [Fact]
    public void Pairs_root_and_dyad_before_root_alone_whatever_the_gold_order()
    {
        var score = Score([Gold("040", "NOR", "CHL"), Gold("040", "PER", "BOL")], [Predicted("040", "PER", "BOL")]);

        Assert.Equal(1, score.Found);
        Assert.Equal("PER", score.Matches.Single().Gold.Source[0].Country);
        Assert.Equal(MissKind.NoEvent, score.Missed.Single().Kind);
    }

    [Fact]
    public void Prefers_the_same_root_to_the_intent_rule()
    {
        var score = Score([Gold("033", "NOR", "CHL")], [Predicted("070", "NOR", "CHL", Factuality.Future), Predicted("033", "NOR", "CHL")]);

        Assert.Equal((1, 0), (score.Found, score.FoundByIntentRule));
        Assert.Equal(("070", FalseKind.Extra), (score.False.Single().Prediction.Cameo, score.False.Single().Kind));
    }

    [Theory]
    [InlineData(new[] { "040" }, new[] { "040", "040" }, FalseKind.Extra)]
    [InlineData(new string[0], new[] { "173" }, FalseKind.NoGoldEvent)]
    [InlineData(new[] { "040", "112" }, new[] { "040", "190" }, FalseKind.WrongRoot)]
    public void Calls_a_leftover_prediction_false_and_says_why(string[] gold, string[] predicted, FalseKind kind)
    {
        var score = Score([.. gold.Select(c => Gold(c, "NOR", "CHL"))], [.. predicted.Select(c => Predicted(c, "NOR", "CHL"))]);

        Assert.Equal(kind, score.False.Single().Kind);
        Assert.Equal(predicted.Length, score.Predictions.Count);
    }

    [Fact]
    public void Leaves_negated_and_hypothetical_events_out_of_the_predictions_and_counts_them()
    {
        var score = Score([], [Predicted("173", "CHL", "CHL", Factuality.Negated), Predicted("040", "CHL", "PER", Factuality.Hypothetical), Predicted("040", "CHL", "PER", Factuality.Hypothetical)]);

        Assert.Empty(score.Predictions);
        Assert.Empty(score.False);
        Assert.Equal((1, 2), (score.Negated, score.Hypothetical));
    }

    [Theory]
    [InlineData(false, "190", 1, 1, 0, 0)]
    [InlineData(true, "190", 0, 0, 0, 1)]
    [InlineData(true, "173", 0, 1, 1, 0)]
    public void Sets_doubtful_gold_aside_only_when_asked(bool skipDoubtful, string predicted, int gold, int predictions, int falses, int matchedDoubtful)
    {
        var doubtful = Gold("190", "KEN", "SOM") with { Note = "doubtful: the militants' country is not said" };

        var score = Score([doubtful], [Predicted(predicted, "KEN", "SOM")], skipDoubtful);

        Assert.Equal((gold, predictions, falses, matchedDoubtful), (score.Gold.Count, score.Predictions.Count, score.False.Count, score.MatchedDoubtful));
        Assert.Equal(skipDoubtful ? 1 : 0, score.SkippedDoubtful);
    }

    [Fact]
    public void Pairs_real_gold_before_doubtful_gold()
    {
        var doubtful = Gold("190", "KEN", "SOM") with { Note = "Doubtful: who fought is unclear" };

        var score = Score([doubtful, Gold("190", "KEN", "SOM")], [Predicted("190", "KEN", "SOM")], skipDoubtful: true);

        Assert.Equal((1, 0, 1), (score.Found, score.MatchedDoubtful, score.Predictions.Count));
    }

    [Fact]
    public void A_reciprocal_prediction_finds_both_directions_a_coder_wrote()
    {
        var score = Score([Gold("040", "PAK", "AFG"), Gold("040", "AFG", "PAK")], [Predicted("040", "PAK,AFG", "PAK,AFG")]);

        Assert.Equal(2, score.Found);
        Assert.Empty(score.Missed);
        Assert.Empty(score.False);
    }

    [Fact]
    public void A_reciprocal_prediction_finds_one_act_in_each_direction_only()
    {
        // Two visits from Pakistan to Afghanistan are two acts; "Pakistan and Afghanistan met" is one of them at most.
        var score = Score([Gold("040", "PAK", "AFG"), Gold("040", "PAK", "AFG")], [Predicted("040", "PAK,AFG", "PAK,AFG")]);

        Assert.Equal(1, score.Found);
        Assert.Single(score.Missed);
    }

    [Fact]
    public void A_reciprocal_prediction_finds_one_mirrored_act_even_when_two_acts_run_back()
    {
        // "A and B clashed" is the clash both ways; B's shelling of A, coded besides, is another act of the root.
        var score = Score([Gold("190", "THA", "KHM"), Gold("194", "KHM", "THA"), Gold("190", "KHM", "THA")], [Predicted("190", "THA,KHM", "THA,KHM")]);

        Assert.Equal(2, score.Found);
        Assert.Equal("194", score.Missed.Single().Gold.Cameo);
    }

    [Fact]
    public void A_reciprocal_prediction_between_two_sides_of_one_country_finds_both_directions()
    {
        // "The government and the rebels agreed to a truce": a coder writes it twice as COL -> COL.
        var agreed = Predicted("0871", "COL", "COL") with { Reciprocal = true };
        var score = Score([Gold("0871", "COL", "COL"), Gold("0871", "COL", "COL")], [agreed]);

        Assert.Equal(2, score.Found);
        Assert.Empty(score.False);
    }

    [Fact]
    public void A_directed_prediction_inside_one_country_finds_one_act_only()
    {
        // "The army attacked the rebels" is one act, though the gold has two of the same dyad.
        var score = Score([Gold("190", "COL", "COL"), Gold("190", "COL", "COL")], [Predicted("190", "COL", "COL")]);

        Assert.Equal(1, score.Found);
        Assert.Single(score.Missed);
    }

    [Fact]
    public void A_prediction_with_a_coordinated_side_finds_each_actors_act()
    {
        // "Norway and Sweden both called for restraint": two acts for a coder, one event with two sources for Parley.
        var score = Score([Gold("0256", "NOR", "COL"), Gold("0256", "SWE", "COL")], [Predicted("0256", "NOR,SWE", "COL")]);

        Assert.Equal(2, score.Found);
        Assert.Empty(score.False);
    }

    [Fact]
    public void A_prediction_with_a_coordinated_side_does_not_find_a_repeated_act_or_a_stranger()
    {
        // Norway's second appeal adds no side; Denmark is on no side of the prediction.
        var score = Score([Gold("0256", "NOR", "COL"), Gold("0256", "NOR", "COL"), Gold("0256", "DNK", "COL")], [Predicted("0256", "NOR,SWE", "COL")]);

        Assert.Equal(1, score.Found);
        Assert.Equal(2, score.Missed.Count);
    }

    [Fact]
    public void A_directed_prediction_finds_one_direction_only()
    {
        var score = Score([Gold("040", "PAK", "AFG"), Gold("040", "AFG", "PAK")], [Predicted("040", "PAK", "AFG")]);

        Assert.Equal(1, score.Found);
        Assert.Equal("AFG", score.Missed.Single().Gold.Source[0].Country);
    }

    [Fact]
    public void The_mirror_of_a_two_sided_gold_act_is_neither_right_nor_false()
    {
        var score = Score([Gold("057", "PAK,AFG", "PAK,AFG")], [Predicted("057", "PAK", "AFG"), Predicted("057", "AFG", "PAK")]);

        Assert.Equal(1, score.Found);
        Assert.Empty(score.False);
        Assert.Equal(2, score.Predictions.Count);
    }

    [Fact]
    public void A_prediction_outside_a_two_sided_gold_acts_sides_stays_false()
    {
        var score = Score([Gold("057", "PAK,AFG", "PAK,AFG")], [Predicted("057", "PAK", "AFG"), Predicted("057", "QAT", "PAK")]);

        Assert.Equal(1, score.Found);
        Assert.Equal("QAT", score.False.Single().Prediction.Source[0]);
    }

    internal static CameoGoldEvent Gold(string cameo, string source, string target) =>
        new(cameo, Actors(source), Actors(target), "trigger", GoldFactuality.Asserted, null);

    internal static CameoPrediction Predicted(string cameo, string source, string target, Factuality factuality = Factuality.Asserted) =>
        new(cameo, Codes(source), Codes(target), factuality, "trigger", 0.8);

    private static CameoSentenceScore Score(CameoGoldEvent[] gold, CameoPrediction[] predicted, bool skipDoubtful = false) =>
        CameoMatcher.Score(new CameoGoldSentence("T-01", "T", new DateOnly(2025, 1, 1), 1, "A sentence.", gold, 1), predicted, skipDoubtful);

    private static string[] Codes(string countries) => countries.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static PloverGoldActor[] Actors(string countries) => [.. Codes(countries).Select(c => new PloverGoldActor(c, c, null))];
}
