namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 50: a side's stated intention about its own conduct whose verb is no trigger of its own ("would keep talking to",
/// "will continue our dialogue", "would respond with measures", "would confront", "intends to push on toward") is the
/// intent itself, 036 or 13x by the act (frames.tsv, intent.*). Sentences written for this test.
/// </summary>
public class OwnConductIntentsTests
{
    [Theory]
    [InlineData("Canada said it would keep talking to Brazil despite the row over fishing rights.", "036", "CAN")]
    [InlineData("The Norwegian foreign minister said Norway would continue its dialogue with Chile on the treaty.", "036", "NOR")]
    [InlineData("The Kremlin said Russia would respond with unspecified measures if Finland hosted the bases.", "130", "RUS")]
    [InlineData("The Iranian police said they would confront the rioters in the capital.", "130", "IRN")]
    [InlineData("The Congolese rebels said they intend to push on toward the provincial capital.", "138", "COD")]
    public void A_stated_intent_is_coded_by_its_act(string text, string cameo, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo && e.Rule.StartsWith("intent.", StringComparison.Ordinal)
            && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    [InlineData("Canada said it would not keep talking to Brazil after the raid.")]
    [InlineData("Analysts said oil prices would keep rising through the winter.")]
    [InlineData("The Kenyan police said they could not confront the crowd.")]
    public void A_negated_or_forecast_clause_is_no_intent(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith("intent.", StringComparison.Ordinal));
}
