namespace Parley.Pipeline.Tests.Events;

/// <summary>Sorrow or grief voiced over a loss is an empathetic comment (018), as condolences are. Sentences written for these tests.</summary>
public class VoicedSorrowTests
{
    [Theory]
    [InlineData("A State Department spokesperson in Washington expressed sorrow over the prisoners killed in the riot.", "USA")]
    [InlineData("The Kenyan president conveyed his grief to the families of the victims.", "KEN")]
    [InlineData("India's prime minister voiced sadness at the deaths of the Nepali pilgrims.", "IND")]
    [InlineData("Chile expressed its deep sorrow over the mine collapse in Peru.", "CHL")]
    [InlineData("The Egyptian government sent a message of grief to Morocco after the earthquake.", "EGY")]
    [InlineData("Germany's chancellor voiced anguish over the flood victims in Libya.", "DEU")]
    public void Voiced_sorrow_is_an_empathetic_comment(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("SUPPORT", "018", source), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Fact]
    public void Regret_voiced_stays_an_apology() =>
        Assert.Equal("055", EventTestDocuments.Best("Japan expressed deep regret over the sinking of the trawler.")!.Cameo);
}
