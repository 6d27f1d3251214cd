namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A directing frame told in the passive ("was asked to", "has been ordered to", "was urged to", "was warned that") has the one
/// directed as its subject, never the one who directs: without a by-phrase the director is untold; with one, the by-phrase
/// names it. A stance told with "be" ("is determined to", "was prepared to") stays the subject's own, and the active
/// "urged X to", "pressed X to" keep their reading.
/// </summary>
public class DirectedPassivesTests
{
    [Theory]
    [InlineData("Kenya was asked to send more troops to Haiti.", "KEN")]
    [InlineData("The Nigerian finance minister has been urged to resign over the scandal.", "NGA")]
    [InlineData("Iran was warned that it would face new sanctions.", "IRN")]
    [InlineData("Omar Saleh, a Jordanian student held in Ohio, has been ordered to appear before a judge in Texas.", "JOR")]
    public void The_one_directed_is_no_source(string text, string subject)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events,
            e => e.Plover is "REQUEST" or "THREATEN" && EventTestDocuments.Countries(e.Source) == subject && e.Rule.StartsWith("frame.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_by_phrase_names_the_one_who_asks() =>
        EventTestDocuments.AssertSides("Kenya was asked by Haiti to send more troops.", "REQUEST", "HTI", "KEN");

    [Theory]
    [InlineData("Brazil urged Argentina to reopen the border.", "REQUEST", "BRA", "ARG")]
    [InlineData("Egypt pressed Israel to allow aid into Gaza.", "REQUEST", "EGY", "ISR")]
    [InlineData("Turkey was prepared to resume talks with Greece.", "AGREE", "TUR", "GRC")]
    public void Active_directions_and_stances_keep_their_source(string text, string plover, string source, string target) =>
        EventTestDocuments.AssertSides(text, plover, source, target);
}
