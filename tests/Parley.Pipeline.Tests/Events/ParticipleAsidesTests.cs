namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A subject and its past-tense verb set apart by a participle aside ("X, speaking at a rally in Y, accused ...") or by a
/// "whose" relative ("X, whose coalition lost ..., praised ...") keep their subject: the verb after the closing comma is the
/// subject's (ParticipleAsides, Subjects.ClosedRelative; round 63).
/// </summary>
public sealed class ParticipleAsidesTests
{
    [Theory]
    [InlineData("Kenyan President William Ruto, speaking at a rally in Nakuru, accused the opposition of sabotage.", "112", "KEN")]
    [InlineData("On Tuesday, French President Emmanuel Macron, addressing ambassadors after a cabinet meeting in Paris, praised Germany for its support.", "051", "FRA")]
    [InlineData("French President Emmanuel Macron, whose coalition lost its majority in parliament last year, praised Germany for its support.", "051", "FRA")]
    public void The_verb_after_the_aside_is_the_subject_s(string text, string cameo, string source)
    {
        var events = EventTestDocuments.Run(text, new DateOnly(2025, 1, 1)).Events;
        var e = Assert.Single(events, e => e.Cameo == cameo);
        Assert.Equal(source, e.Source[0].Code.Country);
    }

    [Fact]
    public void An_object_before_a_participle_is_no_subject()
    {
        var events = EventTestDocuments.Run("The militia attacked Uganda's army, killing five soldiers, and seized the border post.", new DateOnly(2025, 1, 1)).Events;
        Assert.DoesNotContain(events, e => e.Source.Any(a => a.Code.Country == "UGA"));
    }
}
