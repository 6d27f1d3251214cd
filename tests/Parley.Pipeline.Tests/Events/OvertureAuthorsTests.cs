namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A reply to an overture whose author is named only by what he is ("a truce plan drawn up by the Egyptian president") is
/// aimed at the author's country, also when a date comes first or the overture is a compound ("ceasefire offer").
/// </summary>
public class OvertureAuthorsTests
{
    [Theory]
    [InlineData("Hamas rejected a truce plan drawn up by the Egyptian president.", "EGY")]
    [InlineData("Hamas rejected a plan drawn up by the Egyptian president.", "EGY")]
    [InlineData("The Sudanese opposition rejected on Sunday a peace plan drawn up by the Ethiopian prime minister.", "ETH")]
    [InlineData("Houthi rebels dismissed a ceasefire offer from the Saudi government.", "SAU")]
    [InlineData("Syria's Kurds rejected on Monday a draft deal put forward by Turkish officials.", "TUR")]
    [InlineData("Serbian leaders turned down a peace proposal made by the Croatian president.", "HRV")]
    public void A_reply_is_aimed_at_the_overture_s_author(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "REJECT");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }
}
