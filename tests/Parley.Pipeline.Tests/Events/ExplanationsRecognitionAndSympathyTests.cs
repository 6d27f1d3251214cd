namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 9 cooperation rows, each written from the CAMEO codebook's meaning: asking another to explain appeals to it
/// (020; demanding an explanation is a demand, 100), recognition granted by a noun phrase is recognition (054), sympathy voiced for a side backs it (051) where
/// condolences are an empathetic comment (018), and relief food of any staple sent to people is humanitarian aid (073).
/// A capital after "to" is the party when the pattern's target stands after "to". Sentences written for this test.
/// </summary>
public class ExplanationsRecognitionAndSympathyTests
{
    [Theory]
    [InlineData("Seoul sought an explanation from Tokyo after the textbook revision.", "REQUEST", "KOR", "JPN")]
    [InlineData("Egypt demanded clarification from Israel about the border shooting.", "REQUEST", "EGY", "ISR")]
    [InlineData("The Indian foreign ministry asked Pakistan for an explanation of the shelling.", "REQUEST", "IND", "PAK")]
    [InlineData("Moscow requested clarifications from Kiev on the gas debts.", "REQUEST", "RUS", "UKR")]
    [InlineData("Beijing has extended diplomatic recognition to Seoul.", "SUPPORT", "CHN", "KOR")]
    [InlineData("Brazil granted full recognition to the new government of Bolivia.", "SUPPORT", "BRA", "BOL")]
    [InlineData("Senegal accorded formal recognition to the Palestinian state.", "SUPPORT", "SEN", "PSE")]
    [InlineData("King Hussein of Jordan voiced sympathy for Iraq during the crisis.", "SUPPORT", "JOR", "IRQ")]
    [InlineData("Libya expressed understanding for the Sudanese position on the dam.", "SUPPORT", "LBY", "SDN")]
    [InlineData("India sent condolences to Nepal after the earthquake.", "SUPPORT", "IND", "NPL")]
    public void The_row_codes_its_sides(string text, string plover, string source, string target) =>
        EventTestDocuments.AssertSides(text, plover, source, target);

    [Theory]
    [InlineData("Japan sent condolences to Turkey after the earthquake.", "018")]
    [InlineData("Peru voiced sympathy for Ecuador in the dispute.", "051")]
    // a demanded explanation or guarantee is a demand (100), an asked or sought one an appeal (020): gold's reading (session 31)
    [InlineData("Ghana demanded an explanation from Togo over the border closure.", "100")]
    [InlineData("Egypt demanded clarification from Israel about the border shooting.", "100")]
    [InlineData("Kenya asked Uganda for an explanation of the arrests.", "020")]
    [InlineData("The Armenian opposition demanded guarantees from the government that the vote would be free.", "100")]
    [InlineData("Armenia sought assurances from Russia about the peacekeepers.", "020")]
    [InlineData("Canada airdropped sorghum to hungry villagers in southern Sudan.", "073")]
    [InlineData("The World Food Programme trucked millet and beans to drought victims in Niger.", "073")]
    public void The_codebook_code(string text, string cameo)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal(cameo, e.Cameo);
    }

    [Theory]
    [InlineData("The envoy flew to Seoul on Monday.")]
    [InlineData("The minister returned to Hanoi after the talks.")]
    public void A_capital_after_to_is_no_party_of_a_pattern_without_to(string text)
    {
        var e = EventTestDocuments.Best(text);

        Assert.True(e is null || !EventTestDocuments.Countries(e.Target).Contains("KOR", StringComparison.Ordinal) && !EventTestDocuments.Countries(e.Target).Contains("VNM", StringComparison.Ordinal));
    }
}
