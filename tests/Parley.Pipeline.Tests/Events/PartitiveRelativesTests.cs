namespace Parley.Pipeline.Tests.Events;

public sealed class PartitiveRelativesTests
{
    [Theory]
    [InlineData("Police fired tear gas at Kenyan protesters, some of whom threw stones at officers.", "KEN", "PROTEST")]
    [InlineData("Troops opened fire on Palestinian youths, several of whom hurled rocks at the soldiers.", "PSE", "PROTEST")]
    [InlineData("The army detained dozens of Sudanese activists, many of whom had staged a sit-in outside the ministry.", "SDN", "PROTEST")]
    [InlineData("Police dispersed Iraqi demonstrators, a few of whom set fire to a government building.", "IRQ", "")]
    [InlineData("Rangers surrounded the Afghan militants, most of whom fired on the convoy.", "AFG", "ASSAULT")]
    [InlineData("Troops confronted Malian rebels, some of whom attacked an army post.", "MLI", "ASSAULT")]
    public void Part_of_the_group_before_the_comma_acts_for_it(string text, string country, string plover)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => (plover.Length == 0 || e.Plover == plover) && e.Trigger.Start > text.IndexOf("of wh", StringComparison.Ordinal)
            && e.Source.Any(a => a.Code.Country == country));
    }
}
