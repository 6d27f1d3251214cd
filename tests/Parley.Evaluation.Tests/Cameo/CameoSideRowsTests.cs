using Parley.Core;
using Parley.Evaluation.Cameo;
using Parley.Evaluation.Plover;
using Parley.Pipeline.Events;

namespace Parley.Evaluation.Tests.Cameo;

/// <summary>The side ranker's training rows: candidates labelled by the country of the gold event's side of the act's root.</summary>
public sealed class CameoSideRowsTests
{
    private const string Text = "Fresh protests broke out in Caracas as Venezuelan police blocked the square.";

    [Fact]
    public void A_candidate_is_right_when_a_gold_event_of_the_root_has_its_country_on_that_side()
    {
        var gold = new CameoGoldSentence("t-01", "t", new DateOnly(2025, 7, 10), 1, Text,
            [new CameoGoldEvent("141", [new PloverGoldActor("protesters", "VEN", null)], [], "protests", GoldFactuality.Asserted, null)], 1);
        var rows = new CameoSideRows("t");
        var trigger = new TextRange(Text.IndexOf("protests", StringComparison.Ordinal), Text.IndexOf("protests", StringComparison.Ordinal) + 8);
        var police = new TextRange(Text.IndexOf("Venezuelan", StringComparison.Ordinal), Text.IndexOf(" blocked", StringComparison.Ordinal));
        Document Run(Article a)
        {
            rows.Log.Add(new SideCandidate(trigger, "141", "source", police, new ActorCode("VEN", "COP"), ["pos=after", "kind=Agent"], 0));
            rows.Log.Add(new SideCandidate(trigger, "141", "source", police, new ActorCode("COL", null), ["pos=after"], 0));
            rows.Log.Add(new SideCandidate(trigger, "141", "target", police, new ActorCode("VEN", "COP"), ["pos=after"], 0));
            rows.Log.Add(new SideCandidate(trigger, "040", "source", police, new ActorCode("VEN", "COP"), ["pos=after"], 0));
            return Fake.WithEvents(a, []);
        }
        CameoEvaluation.Evaluate([gold], "t", Run, new CameoOptions { SideRows = rows });
        var writer = new StringWriter();
        rows.Write(writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["# set\tt", CameoSideRows.Header], lines[..2]);
        var at = trigger.Start;
        Assert.Equal($"t\tt-01\tt-01@{at}/source\tprotests\t141\t1\t1\tpos=after kind=Agent", lines[2]);
        Assert.Equal($"t\tt-01\tt-01@{at}/source\tprotests\t141\t0\t1\tpos=after", lines[3]); // another country
        Assert.Equal($"t\tt-01\tt-01@{at}/target\tprotests\t141\t0\t0\tpos=after", lines[4]); // the gold event names no target
        Assert.Equal($"t\tt-01\tt-01@{at}/source\tprotests\t040\t0\t0\tpos=after", lines[5]); // no gold event of the root
        Assert.Empty(rows.Log.Drain());
    }
}
