namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "They" after a clash told sentences before means the one side a later sentence named again (an organisation or a
/// group), not both sides of the clash: the fighters who shot farmers did not fight the troops in that act.
/// </summary>
public class RenamedSideAnaphorsTests
{
    [Theory]
    [InlineData("Ethiopian troops killed ten al-Shabab fighters near the border on Monday. A trader told reporters of his days as a captive of al-Shabab. They burned his trucks and shot two drivers.", "shot")]
    [InlineData("Ethiopian troops killed ten al-Shabab fighters near the border on Monday. A trader told reporters of his days as a captive of al-Shabab. Then they tied up the drivers and shot them.", "shot")]
    public void They_is_the_side_named_again(string text, string word)
    {
        var events = EventTestDocuments.Run(text).Events;
        var shot = Assert.Single(events, e => e.Trigger.Start == text.LastIndexOf(word, StringComparison.Ordinal));
        Assert.Equal("SOM", EventTestDocuments.Countries(shot.Source));
        Assert.DoesNotContain(shot.Target, a => a.Code.Country == "ETH");
    }

    [Fact]
    public void The_next_they_goes_on_meaning_that_side()
    {
        const string text = "Ethiopian troops killed ten al-Shabab fighters near the border on Monday. A trader told reporters of his days as a captive of al-Shabab. They shot a guard at the gate. Later they beat two drivers.";
        var beat = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Trigger.Start == text.IndexOf("beat", StringComparison.Ordinal));
        Assert.Equal("SOM", EventTestDocuments.Countries(beat.Source));
        Assert.DoesNotContain(beat.Target, a => a.Code.Country == "ETH");
    }

    [Fact]
    public void The_two_still_means_both()
    {
        const string text = "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. Uganda hosted a dinner for the guests. The two countries agreed to reopen the border.";
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE" && EventTestDocuments.Countries(e.Source) == "KEN,UGA");
    }
}
