namespace Parley.Pipeline.Tests.Events;

/// <summary>Armed and opposition movements the knowledge base names act for the country they fight or organise in.</summary>
public sealed class NonStateGroupsTests
{
    [Theory]
    [InlineData("Seleka fighters attacked a convoy near Bria on Tuesday.", "CAFREB")]
    [InlineData("The anti-Balaka militia ambushed a patrol outside Bossangoa.", "CAFREB")]
    [InlineData("CODECO gunmen attacked a displacement camp in Ituri on Sunday.", "CODREB")]
    [InlineData("The Kachin Independence Army captured a border post from the junta.", "MMRREB")]
    [InlineData("The Lord's Resistance Army abducted dozens of children in 2008.", "UGAREB")]
    [InlineData("The Muslim Brotherhood accused the government of rigging the vote.", "EGYOPP")]
    [InlineData("Janjaweed militiamen attacked three villages in Darfur.", "SDNREB")]
    public void NamedGroupCodesItsCountryAndSector(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(source, string.Join(",", e.Source.Select(a => a.Code.Code)));
    }
}
