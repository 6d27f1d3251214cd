namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "Europe imposed tariffs", "officials said Europe would retaliate": Europe opening a clause acts through the European
/// Union; "in Europe", "to reach Europe", "Europe's ports" and "Europe is ..." stay the continent.
/// </summary>
public sealed class ContinentalUnionsTests
{
    [Theory]
    [InlineData("Europe slapped duties on Chinese electric cars last week.", "Europe=Name>European Union[IGO]")]
    [InlineData("Europe retaliated with levies on bourbon and motorcycles.", "Europe=Name>European Union[IGO]")]
    [InlineData("Diplomats said Europe would reopen talks with Tehran on Monday.", "Europe=Name>European Union[IGO]")]
    [InlineData("Europe and Japan signed a partnership on trade in Tokyo.", "Europe=Name>European Union[IGO]")]
    [InlineData("Washington raised tariffs, and Europe answered with duties of its own.", "Europe=Name>European Union[IGO]")]
    [InlineData("If Moscow cuts the gas, Europe will freeze Russian assets.", "Europe=Name>European Union[IGO]")]
    public void Europe_opening_a_clause_is_the_union(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Thousands of migrants tried to reach Europe by boat.")]
    [InlineData("Gas prices rose across Europe after the pipeline blast.")]
    [InlineData("Europe's largest port reopened after the strike.")]
    [InlineData("Europe is bracing for a cold winter.")]
    [InlineData("The minister toured Europe, Asia and Africa last year.")]
    [InlineData("Europe and Asia share the longest land border of any two continents.")]
    public void Europe_as_a_place_is_not(string text) =>
        Assert.DoesNotContain("European Union", EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
}
