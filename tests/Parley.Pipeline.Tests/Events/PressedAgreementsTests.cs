namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An agreement made after demands or pressure answers whoever pressed for it; one made despite them does not. Sentences written for these tests.
/// </summary>
public sealed class PressedAgreementsTests
{
    [Theory]
    [InlineData("Sri Lanka's government agreed to cut fuel prices after demands from fishermen.", "LKA", "LKA")]
    [InlineData("The Peruvian cabinet agreed to review the mining law in response to demands from farmers.", "PER", "PER")]
    public void An_agreement_after_demands_answers_who_made_them(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.First(e => e.Plover is "AGREE" or "CONCEDE");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void An_agreement_despite_pressure_does_not_answer_it() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Sri Lanka's government agreed to cut fuel prices despite demands from fishermen.").Events,
            e => e.Plover == "AGREE" && e.Rule.Contains("+target.pressure", StringComparison.Ordinal));
}
