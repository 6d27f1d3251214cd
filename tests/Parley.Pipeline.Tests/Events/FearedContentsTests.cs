using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// What a side fears is no act: the content of a fear gives no event of its own (reason "fear"), while an act told
/// beside the fear, after a comma or an "and", is kept. Sentences written for this test.
/// </summary>
public class FearedContentsTests
{
    [Theory]
    [InlineData("Farmers in Mali said they feared that Burkina Faso would close the border.", "close")]
    [InlineData("Her main fear is that Chad will expel the Sudanese refugees.", "expel")]
    [InlineData("Villagers in Niger are fearing that the junta will arrest their chiefs.", "arrest")]
    public void The_content_of_a_fear_gives_no_event(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).Contains(trigger, StringComparison.Ordinal));
        Assert.Contains(document.Uncoded, u => u.Reason == UncodedReasons.Fear);
    }

    [Theory]
    [InlineData("Fearing an ambush, Kenyan troops shelled the Somali camp on Monday.", "KEN")]
    [InlineData("Peruvian unions said they feared a crackdown and demanded talks with the Bolivian government.", "PER")]
    public void An_act_told_beside_a_fear_is_kept(string text, string source)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => EventTestDocuments.Countries(e.Source).Contains(source, StringComparison.Ordinal));
    }
}
