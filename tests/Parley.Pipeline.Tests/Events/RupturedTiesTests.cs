namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Cutting ties, halting talks or expelling diplomats is always done to another state: when the sentence names none, it is the
/// state of another country its source last dealt with in the story (+target.rupture). Sentences written for these tests.
/// </summary>
public sealed class RupturedTiesTests
{
    [Theory]
    [InlineData("Peruvian police raided the Bolivian consulate in Cusco on Friday. Bolivia's president called the raid an outrage and ordered his diplomats home.", "PER")]
    [InlineData("Chile accused Argentina of spying on its navy. Two days later, Argentina recalled its ambassador.", "CHL")]
    [InlineData("Ghana accused Togo of sheltering coup plotters. Togo denied it. Ghana then expelled two diplomats.", "TGO")]
    public void A_rupture_that_names_no_one_is_with_the_state_its_source_last_dealt_with(string text, string target)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Plover == "SANCTION");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.Contains("+target.rupture", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Argentina recalled its ambassador on Monday.")]
    [InlineData("Chile accused Argentina of spying on its navy. Argentina recalled its ambassador from Uruguay.")]
    public void A_rupture_with_no_earlier_partner_or_with_its_own_other_side_takes_none(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.rupture", StringComparison.Ordinal));
}
