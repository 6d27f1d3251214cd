using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 64 (kept in round 65 with its guards): a verdict told by naming, widened. Dismissing something "as" a wrong labels it (111,
/// <c>accuse.label-verdict-as-dismiss.v1</c>, read over the bare rejection by LabelVerdicts.Overrides), and the label words
/// setback, escalation, absurdity, gimmick, stage-managed, one-sided and assault condemn what one calls or describes so.
/// Near misses: a dismissed accusation stays a denial (016), a dismissed plan with no word of condemnation stays a
/// rejection (120), a call for de-escalation is no label. Round 65: a claim noun before or after "as" keeps a dismissal out of
/// the label row ("dismissed the report as a conspiracy theory"), so does an offer, a plan or an outcome, refused as gold codes it
/// ("dismissed the offer as a provocation" stays 120), and the praise guard no longer refuses the neutral deed nouns
/// step, move, decision and gesture. Sentences written for this test.
/// </summary>
public class DismissedLabelsTests
{
    private static IReadOnlyList<CodedEvent> Run(string text) => EventTestDocuments.Run(text, new DateOnly(2025, 6, 1)).Events;

    [Theory]
    [InlineData("The Chilean foreign ministry dismissed the Peruvian ruling as a hypocritical gesture.", "CHL", "PER", "accuse.label-verdict-as-dismiss.v1")]
    [InlineData("The Kenyan interior minister dismissed the Ugandan ban as a cheap election gimmick.", "KEN", "UGA", "accuse.label-verdict-as-dismiss.v1")]
    [InlineData("The Swiss envoy described the Austrian vote as a grave setback for the talks.", "CHE", "AUT", "accuse.label-verdict-as.v1")]
    [InlineData("The Colombian senator called the Venezuelan closure an unnecessary escalation.", "COL", "VEN", "accuse.label-verdict.v1")]
    [InlineData("The Bolivian minister called the Peruvian law a legal absurdity.", "BOL", "PER", "accuse.label-verdict.v1")]
    [InlineData("The Danish minister called the Russian arrests an assault.", "DNK", "RUS", "accuse.label-verdict.v1")]
    [InlineData("The Chilean foreign ministry dismissed the Peruvian decision as a hypocritical gesture.", "CHL", "PER", "accuse.label-verdict-as-dismiss.v1")]
    [InlineData("The Swiss envoy described the Austrian step as a grave setback for the talks.", "CHE", "AUT", "accuse.label-verdict-as.v1")]
    [InlineData("The Colombian senator called the Venezuelan move an unnecessary escalation.", "COL", "VEN", "accuse.label-verdict.v1")]
    public void A_dismissal_or_label_with_a_word_of_condemnation_is_a_verdict(string text, string source, string target, string rule)
    {
        var events = Run(text);

        Assert.Contains(events, e => e.Cameo == "111" && e.Rule.StartsWith(rule, StringComparison.Ordinal)
                                     && e.Source.Any(a => a.Code.Country == source) && e.Target.Any(a => a.Code.Country == target));
    }

    [Theory]
    [InlineData("The Chilean foreign ministry dismissed the Peruvian accusations as baseless.")]
    [InlineData("The Chilean foreign ministry dismissed the Peruvian plan as unworkable.")]
    [InlineData("The Chilean foreign ministry dismissed the Peruvian proposal.")]
    [InlineData("The Chilean minister called for de-escalation on the border with Peru.")]
    [InlineData("The Chilean minister called on Peru to avoid any escalation.")]
    [InlineData("The Chilean foreign ministry dismissed the Peruvian report as a conspiracy theory.")]
    [InlineData("The Chilean foreign ministry dismissed as a conspiracy theory the Peruvian account of the raid.")]
    [InlineData("The Chilean foreign ministry dismissed the Peruvian theory as absurd.")]
    [InlineData("The Chilean foreign ministry dismissed the Peruvian offer as a provocation.")]
    [InlineData("The Chilean minister called the Peruvian decision a welcome blow to smugglers.")]
    public void A_look_alike_is_no_label_verdict(string text)
    {
        var events = Run(text);

        Assert.DoesNotContain(events, e => e.Rule.StartsWith("accuse.label-verdict", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dismissed_accusation_stays_a_denial()
    {
        var events = Run("The Chilean foreign ministry dismissed the Peruvian accusations as baseless.");

        Assert.DoesNotContain(events, e => e.Cameo == "111");
    }
}
