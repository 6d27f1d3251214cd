namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// In sentences written for this test: strikes from the air named with a second arm ("air and naval strikes") are air
/// strikes (195), not a labour strike; a warning of war or violence on a condition laid on someone is a threat (130), a
/// warning of a danger with none is not.
/// </summary>
public class AirStrikesAndConditionalWarningsTests
{
    [Theory]
    [InlineData("France and Chad launched dozens of air and ground strikes against jihadist camps in Niger.")]
    [InlineData("The coalition launched air and missile strikes on rebel positions near Sanaa.")]
    public void Air_and_other_strikes_are_air_strikes(string text)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("ASSAULT", "195"), (e.Plover, e.Cameo));
    }

    [Fact]
    public void A_warning_of_war_on_a_condition_threatens()
    {
        var e = EventTestDocuments.Best("A Libyan militia commander warned of war if the prime minister did not hand over the central bank.");
        Assert.NotNull(e);
        Assert.Equal(("THREATEN", "130"), (e.Plover, e.Cameo));
    }

    [Fact]
    public void A_warning_of_a_danger_with_no_condition_is_no_threat() =>
        Assert.DoesNotContain(EventTestDocuments.Run("The United Nations warned of chaos in Sudan.").Events, e => e.Plover == "THREATEN");
}
