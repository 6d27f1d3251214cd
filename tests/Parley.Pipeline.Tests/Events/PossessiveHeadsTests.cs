namespace Parley.Pipeline.Tests.Events;

public sealed class PossessiveHeadsTests
{
    [Theory]
    [InlineData("Egypt signed a gas deal with Turkey's rival Greece in Cairo.", "GRC", "TUR")]
    [InlineData("Moscow sent fighter jets to Russia's ally Belarus on Sunday.", "BLR", "RUS")]
    [InlineData("Beijing held talks with India's neighbour Nepal on trade.", "NPL", "IND")]
    [InlineData("Washington sold missiles to China's rival Taiwan last year.", "TWN", "CHN")]
    [InlineData("Riyadh restored ties with Iran's ally Syria in May.", "SYR", "IRN")]
    public void The_name_after_a_possessive_and_a_relation_word_is_the_target(string text, string target, string possessor)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Target.Any(a => a.Code.Country == target));
        Assert.DoesNotContain(events, e => e.Target.Any(a => a.Code.Country == possessor));
    }

    [Theory]
    [InlineData("Kenya's neighbour Ethiopia signed a port deal with Somaliland.", "ETH", "KEN")]
    [InlineData("Pakistan's arch-rival India accused Islamabad of sheltering militants.", "IND", "PAK")]
    [InlineData("Russia's ally Belarus hosted talks with Ukraine on Friday.", "BLR", "RUS")]
    [InlineData("China's longtime partner Pakistan signed a loan deal with Saudi Arabia.", "PAK", "CHN")]
    public void The_name_after_a_possessive_and_a_relation_word_is_the_subject(string text, string source, string possessor)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => EventTestDocuments.Countries(e.Source) == source);
        Assert.DoesNotContain(events, e => e.Source.Any(a => a.Code.Country == possessor));
    }

    [Theory]
    [InlineData("Iran's foes accused Tehran of arming the rebels.", "IRN")]
    [InlineData("Russia's critics condemned the annexation of the peninsula.", "RUS")]
    [InlineData("China's rivals have denounced the new maritime law.", "CHN")]
    [InlineData("Israel's enemies have long threatened the Jewish state.", "ISR")]
    [InlineData("Venezuela's opponents, however, rejected the election result.", "VEN")]
    [InlineData("Serbia's adversaries accused Belgrade of stoking unrest.", "SRB")]
    public void A_state_that_owns_opponents_is_not_who_acts(string text, string possessor) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Code.Country == possessor));

    [Theory]
    [InlineData("Berisha's opponents, in turn, accused him of rigging the count.", "ALB")]
    [InlineData("Erdogan's critics accused him of jailing journalists.", "TUR")]
    public void A_persons_opponents_keep_his_country(string text, string country) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Code.Country == country));
}
