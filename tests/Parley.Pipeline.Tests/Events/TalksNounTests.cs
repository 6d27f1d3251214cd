namespace Parley.Pipeline.Tests.Events;

/// <summary>"for talks with": where "talks" reads as a noun, the noun row (target after "with") beats the verb row "talk+ with".</summary>
public sealed class TalksNounTests
{
    [Theory]
    [InlineData("Rubio arrived in Jeddah on Monday for talks with Ukrainian officials.", "USA", "UKR")]
    public void Talks_after_for_are_a_meeting(string text, string source, string target)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Plover == "CONSULT" && document.TextOf(e.Trigger) == "talks"
            && e.Source.Any(a => a.Code.Country == source) && e.Target.Any(a => a.Code.Country == target));
    }

    [Fact]
    public void The_verb_still_reads_as_the_verb() =>
        Assert.Contains(EventTestDocuments.Run("Macron talks with Scholz every week about Ukraine.").Events,
            e => e.Plover == "CONSULT");
}
