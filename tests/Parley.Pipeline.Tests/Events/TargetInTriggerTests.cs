namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A trigger whose pattern reaches through "from" into the body it names holds its other side in its own words. Sentences written for these tests.
/// </summary>
public sealed class TargetInTriggerTests
{
    [Theory]
    [InlineData("Mali announced its withdrawal from the Economic Community of West African States on Sunday.", "MLI", "IGO")]
    [InlineData("Venezuela began its exit from the Organization of American States last year.", "VEN", "IGO")]
    public void The_body_named_inside_a_withdrawal_trigger_is_its_target(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.First(e => e.Plover == "SANCTION");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void A_withdrawal_from_a_body_named_by_its_noun_alone_has_no_target_from_the_trigger() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Mali announced its withdrawal from the bloc on Sunday.").Events,
            e => e.Rule.Contains("+target.trigger", StringComparison.Ordinal));
}
