namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A reporting verb that takes a plain object ("reported the arrest", "confirmed the news") before "and" is the first of two
/// predicates of its subject, so the verb after "and" is that subject's too, past an aside set off by commas; a reported
/// clause ("reported that the talks had failed") still has its own subject.
/// </summary>
public class ReportedObjectsTests
{
    [Theory]
    [InlineData("Iran reported the arrest and condemned the raid.")]
    [InlineData("Iran's foreign ministry reported the news and condemned the raid.")]
    [InlineData("Iran's foreign ministry, which had said nothing for days, reported the arrest and condemned the raid.")]
    public void The_second_predicate_is_the_reporters(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == "IRN");
    }

    [Fact]
    public void A_reported_clause_keeps_its_own_subject()
    {
        var events = EventTestDocuments.Run("The ministry reported that the talks had failed and condemned the raid.").Events;
        Assert.DoesNotContain(events, e => e.Plover == "ACCUSE" && e.Source.Count > 0);
    }
}
