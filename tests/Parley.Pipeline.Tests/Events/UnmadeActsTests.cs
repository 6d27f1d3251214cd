using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 36: an act a side "was unable to" do or "stopped short of" is not done (<c>Cues.Negation</c>,
/// <c>FactualityClassifier.StopsShort</c>); a modal that refuses a state of being ("must not become a forgotten war") or asks for
/// a judgement in the passive ("should be decided by its own people") asks no side for an act (<c>ModalOpinions</c>).
/// Sentences written for this test.
/// </summary>
public sealed class UnmadeActsTests
{
    [Theory]
    [InlineData("The Red Cross said it was unable to deliver medicine to Gaza last week.", "070")]
    [InlineData("The new Japanese measures stop short of banning imports from Russia.", "163")]
    public void An_act_not_managed_or_stopped_short_of_is_negated(string text, string cameo) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo && e.Factuality == Factuality.Negated);

    [Fact]
    public void An_act_managed_stays_asserted() =>
        Assert.Contains(EventTestDocuments.Run("The Red Cross said it delivered medicine to Gaza last week.").Events,
            e => e.Cameo == "070" && e.Factuality == Factuality.Asserted);

    [Theory]
    [InlineData("The Canadian minister said Haiti must not become a forgotten crisis.")]
    [InlineData("Turkey said the future of Libya should be decided by Libyans alone.")]
    [InlineData("The Polish president said Ukraine must never be a buffer zone.")]
    public void A_refused_state_or_an_asked_judgement_is_no_demand(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Thai premier said Cambodia must not shell the temple again.")]
    [InlineData("The Peruvian president said the Chilean officers must be arrested at once.")]
    public void A_refrained_act_or_a_passive_act_stays_a_demand(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
}
