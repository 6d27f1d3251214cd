namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An opposition that accuses, refuses or demands and names nobody answers its own state's government, named at the
/// state's first mention when no government has been named yet (+target.government). Sentences written for this test.
/// </summary>
public class OppositionTargetsTests
{
    [Theory]
    [InlineData("Cameroon's main opposition party alleged widespread fraud in Sunday's vote.", "ACCUSE", "CMR", "CMR")]
    [InlineData("Kenyan opposition parties rejected the budget on Tuesday.", "REJECT", "KEN", "KEN")]
    [InlineData("Zambia's opposition demanded a recount of the ballots.", "REQUEST", "ZMB", "ZMB")]
    [InlineData("Togolese opposition leaders denounced the constitutional change.", "ACCUSE", "TGO", "TGO")]
    [InlineData("Gabon's opposition complained of an uneven playing field.", "ACCUSE", "GAB", "GAB")]
    [InlineData("Malawi's opposition refused to take part in the talks.", "REJECT", "MWI", "MWI")]
    public void The_opposition_answers_its_own_government(string text, string plover, string source, string target) =>
        EventTestDocuments.AssertSides(text, plover, source, target);
}
