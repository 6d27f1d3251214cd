using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 44 (<c>StandingSpans</c>): a perfect whose span reaches back years ("has long denied", "has hosted ... since
/// 2015", "for years", "in recent years") tells a position or a state kept over time, context, not one act; a perfect of
/// repeated acts in the news window ("has repeatedly warned", "since Saturday", "in recent months") and a quoted charge
/// stay asserted events. Published 2025-07-10. Sentences written for this test.
/// </summary>
public class StandingSpansTests
{
    [Theory]
    [InlineData("Peruvian troops have long been posted along the border with Ecuador.", "posted")]
    [InlineData("Oman has hosted the office of the Yemeni rebels since 2015 at the request of Riyadh.", "hosted")]
    [InlineData("The Nigerian army has fought the jihadists in Borno for years.", "fought")]
    [InlineData("Kenya has deepened its ties with Ethiopia in recent years.", "deepened")]
    [InlineData("Chile had opposed Bolivia's claim to the coast for more than a decade.", "opposed")]
    [InlineData("Serbia has rejected Kosovo's statehood since the 2000s.", "rejected")]
    [InlineData("Ethiopia and Somalia fought a war from 1977 to 1978 that left thousands dead.", "fought")]
    [InlineData("Scotland held two votes on its future between 2016 and 2019, and both were close.", "held")]
    [InlineData("Algeria shut the crossing from 2010 to 2014 after accusing Morocco of arming smugglers.", "accusing")]
    public void A_perfect_that_spans_years_is_no_one_act(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Factuality == Factuality.Asserted
            && document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Moscow has repeatedly warned Finland against joining NATO.", "warned")]
    [InlineData("Caracas has long criticized Bogota over the border.", "criticized")]
    [InlineData("Ethiopia has in recent months moved troops toward the border with Eritrea.", "moved")]
    [InlineData("Israeli jets have struck the port of Hodeidah since Saturday.", "struck")]
    [InlineData("Morocco has recalled its ambassador to Algeria, the ministry said on Monday.", "recalled")]
    [InlineData("Chile denied the claim in 2019 and has rejected Bolivia's demands since.", "denied")]
    [InlineData("Uhuru Kenyatta, who led Kenya from 2013 to 2022, met Ethiopian officials in Addis Ababa on Monday.", "met")]
    [InlineData("Ghana held talks with Togo on Monday about the border, which was disputed between 1990 and 2005.", "held talks")]
    public void A_perfect_of_acts_in_the_news_window_stays_asserted(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Factuality == Factuality.Asserted
            && document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.OrdinalIgnoreCase));
    }
}
