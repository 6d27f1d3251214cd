namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A tariff named by the speaker ("levied what it called a steep tariff") or shared by two verbs ("imposed and then
/// postponed a tariff") is still imposed (163); an "-ing" verb after a preposition and "first" or "then" is a verb.
/// </summary>
public class SharedObjectTariffsTests
{
    [Theory]
    [InlineData("Brussels levied what it described as “a steep 40% tariff” on American motorcycles.", "IGO", "USA")]
    [InlineData("Japan imposed what officials called modest duties on Chinese steel.", "JPN", "CHN")]
    [InlineData("Trump imposed and then put off for two weeks a 10% tariff on Mexican goods.", "USA", "MEX")]
    [InlineData("Trump opened the quarrel with Ottawa by first imposing and later postponing a 15% tariff on Canadian lumber.", "USA", "CAN")]
    public void The_tariff_is_imposed(string text, string source, string target)
    {
        EventTestDocuments.AssertSides(text, "SANCTION", source, target);
        Assert.Equal("163", EventTestDocuments.Best(text)!.Cameo);
    }

    [Fact]
    public void What_someone_says_is_no_tariff_of_theirs()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("Japan criticised what officials called modest duties on Chinese steel.").Events,
            e => e.Cameo == "163");
    }
}
