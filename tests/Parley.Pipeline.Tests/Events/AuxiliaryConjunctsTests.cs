namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A predicate opened by "and" and the same perfect auxiliary as an earlier one ("it had boarded the tanker and had detained its
/// crew") is that predicate's second conjunct and shares its subject, not the object the first predicate ended with.
/// </summary>
public class AuxiliaryConjunctsTests
{
    [Theory]
    [InlineData("The Indian navy said it had boarded a pirate skiff near Somalia and had detained its crew.", "IND")]
    [InlineData("Ghana has expelled two Togolese diplomats and has recalled its ambassador.", "GHA")]
    public void The_second_auxiliary_conjunct_shares_the_first_ones_subject(string text, string source)
    {
        var last = EventTestDocuments.Run(text).Events.MaxBy(e => e.Trigger.Start);
        Assert.NotNull(last);
        Assert.Equal(source, EventTestDocuments.Countries(last.Source));
    }

    [Fact]
    public void A_different_auxiliary_opens_no_conjunct()
    {
        // "had ... and has": the tenses differ, so nothing ties the second predicate to the first one's subject here
        Assert.DoesNotContain(EventTestDocuments.Run("Kenya said Somalia had closed the crossing and has now arrested four traders.").Events,
            e => e.Rule.Contains("arrest", StringComparison.Ordinal) && EventTestDocuments.Countries(e.Source) == "KEN");
    }
}
