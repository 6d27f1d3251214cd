using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Codebook families written for this test in sentences about different states: cutting people off a platform or the
/// internet censors them (1721), and a hanging done by a state is a killing (190).
/// </summary>
public class CensorshipAndHangingsTests
{
    [Theory]
    [InlineData("Russia restricted access to YouTube.")]
    [InlineData("Iran blocked Instagram and WhatsApp.")]
    [InlineData("Turkey throttled Twitter after the earthquake.")]
    [InlineData("Myanmar's junta banned Facebook in February.")]
    [InlineData("Pakistan suspended TikTok for the second time.")]
    [InlineData("Venezuela blocked Signal and Telegram during the vote count.")]
    public void Cutting_off_a_platform_is_censorship(string text) => AssertBest(text, "COERCE", "1721");

    [Theory]
    [InlineData("Protesters blocked access to the parliament in Yerevan.", "PROTEST")]
    public void Blocking_a_building_stays_an_obstruction(string text, string plover) =>
        Assert.Equal(plover, EventTestDocuments.Best(text)?.Plover);

    [Theory]
    [InlineData("Iran hanged a protester in Isfahan.")]
    [InlineData("Saudi Arabia hanged two Yemeni smugglers in Jizan.")]
    [InlineData("Singapore hanged a Malaysian drug trafficker.")]
    [InlineData("Iraqi authorities hanged 11 men convicted of terrorism in Nasiriyah.")]
    [InlineData("The Taliban hanged a former police officer in Kandahar.")]
    [InlineData("Egypt hanged seven Islamist militants on Tuesday.")]
    public void A_hanging_is_a_killing(string text) => AssertBest(text, "ASSAULT", "190");

    [Fact]
    public void Hung_banners_are_no_killing() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Kenyan protesters hung banners outside parliament.").Events, e => e.Plover == "ASSAULT");

    private static void AssertBest(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);
}
