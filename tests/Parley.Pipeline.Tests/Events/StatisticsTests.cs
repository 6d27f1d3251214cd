using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>A share of a whole given in the present, or a comparison with all others, is a statistic, not one act.</summary>
public class StatisticsTests
{
    [Theory]
    [InlineData("The United States gives a third of the money the agency spends in Gaza.")]
    [InlineData("Germany provides 20 percent of the weapons Ukraine receives from Europe.")]
    [InlineData("Mali has suffered more jihadist attacks than any other country in the Sahel.")]
    [InlineData("Japan gives half of the aid that Cambodia receives each year.")]
    [InlineData("Britain provides 15 percent of the funds the United Nations spends in Sudan.")]
    [InlineData("Burkina Faso has seen more militant attacks than any other state in West Africa.")]
    public void A_statistic_is_not_an_asserted_act(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted && e.Plover is "AID" or "ASSAULT");

    [Theory]
    // A past delivery of a share is one act; so is an attack told with a number of its own.
    [InlineData("Germany provided 20 tanks to Ukraine on Monday.", "AID")]
    [InlineData("Militants attacked a police post in Mali on Sunday, killing more than 20 of the officers.", "ASSAULT")]
    public void An_act_with_a_number_is_still_asserted(string text, string plover) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted && e.Plover == plover);
}
