namespace Parley.Pipeline.Tests.Events;

/// <summary>"the Clinton administration": a surname known in one country only, before a word for a government, is that country's government.</summary>
public class SurnameGovernmentsTests
{
    [Theory]
    [InlineData("The Clinton administration threatened on Saturday to impose punitive tariffs on Chinese goods.", "USA", "CHN")]
    [InlineData("The Bush administration accused Iran of arming militias in Iraq.", "USA", "IRN")]
    [InlineData("The Clinton government imposed new sanctions on Sudan.", "USA", "SDN")]
    public void The_surname_s_country_governs(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text, new DateOnly(2001, 5, 15));

        Assert.NotNull(e);
        Assert.Equal(source + "GOV", Assert.Single(e.Source).Code.Code);
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Fact]
    public void A_surname_borne_in_two_countries_names_no_government() =>
        Assert.DoesNotContain(EventTestDocuments.Run("The Kim regime fired two missiles into the sea.").Events, e => e.Source.Count > 0);
}
