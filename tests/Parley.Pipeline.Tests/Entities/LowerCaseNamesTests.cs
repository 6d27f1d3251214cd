namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A name written with a leading "the" ("the West Bank") is still a proper name: "the west bank of the river" is no
/// territory; once the name has started with a capital, a landform word after it may be lower case ("the Gaza strip").
/// Sentences invented for these tests.
/// </summary>
public sealed class LowerCaseNamesTests
{
    [Theory]
    [InlineData("The troops pulled back to the west bank of the river on Friday.", "west bank")]
    [InlineData("Farmers on the east bank of the Nile lost their crops.", "east bank")]
    public void A_lower_case_common_phrase_is_no_name(string text, string words)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Range) == words);
    }

    [Theory]
    [InlineData("Settlers in the West Bank clashed with farmers.", "West Bank")]
    [InlineData("Aid trucks entered the Gaza strip on Sunday.", "Gaza strip")]
    public void A_capitalised_name_is_still_found(string text, string words)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.Single(document.Mentions, m => document.TextOf(m.Range) == words);
    }
}
