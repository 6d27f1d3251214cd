namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An act whose object is a person's own circle ("his rivals", "her security chiefs") is done at home: the partner the story
/// dealt with before (+target.counterpart) does not answer it. Sentences written for these tests.
/// </summary>
public sealed class OwnCirclesTests
{
    [Theory]
    [InlineData("Bolivia held talks with Peru on Monday. On Tuesday Bolivia's president urged his rivals to accept the vote count.")]
    [InlineData("Bolivia held talks with Peru on Monday. On Tuesday Bolivia's president urged his two main election rivals to concede.")]
    public void An_appeal_to_ones_own_rivals_is_not_aimed_at_the_earlier_partner(string text)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Plover == "REQUEST");
        Assert.DoesNotContain("+target.counterpart", e.Rule, StringComparison.Ordinal);
        Assert.DoesNotContain("PER", EventTestDocuments.Countries(e.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_with_ones_own_security_chiefs_is_not_with_the_earlier_partner() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Bolivia held talks with Peru on Monday. On Tuesday Bolivia's president met his security chiefs.").Events,
            e => e.Plover == "CONSULT" && e.Rule.Contains("+target.counterpart", StringComparison.Ordinal));

    [Theory]
    [InlineData("Bolivia held talks with Peru on Monday. On Tuesday Bolivia's president urged his counterpart to reopen the border.")]
    [InlineData("Bolivia held talks with Peru on Monday. On Tuesday Bolivia's president called for his release.")]
    public void An_appeal_to_someone_abroad_or_for_an_act_still_goes_to_the_partner(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST" && EventTestDocuments.Countries(e.Target) == "PER");
}
