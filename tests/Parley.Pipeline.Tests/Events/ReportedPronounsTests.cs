namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The pronoun subject of a reported clause ("the Taliban reported that they had ...") is its reporter, the actor right
/// before the reporting verb, not the sentence's first actor; a reporter inside a prepositional phrase ("loyal to X") is not.
/// </summary>
public class ReportedPronounsTests
{
    [Theory]
    [InlineData("The EU envoy spoke a week after Taliban officials reported that they had expelled him.", "AFG")]
    [InlineData("The U.N. envoy spoke after the Taliban said they had detained two British aid workers.", "AFG")]
    [InlineData("The EU delegation left Minsk after Belarus announced it had expelled the Polish consul.", "BLR")]
    [InlineData("NATO officials met on Monday, a day after Russia said it had detained two Estonian border guards.", "RUS")]
    [InlineData("The U.S. envoy arrived in Seoul as North Korea claimed it had seized a South Korean fishing boat.", "PRK")]
    [InlineData("Militants loyal to Iraq's Al-Qaeda chief said they attempted to assassinate Prime Minister Iyad Allawi.", "IRQ")]
    public void A_reported_pronoun_is_its_reporter(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover is "COERCE" or "SANCTION" or "ASSAULT");
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }
}
