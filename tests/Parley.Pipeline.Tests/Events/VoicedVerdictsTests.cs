namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "Farmers marched through Nairobi, accusing the government of ...": a verdict voiced in a participle adjunct of a protest is
/// the protesters' own act (11x), coded beside the protest; a demand told as the protest's purpose stays its content.
/// </summary>
public class VoicedVerdictsTests
{
    [Theory]
    [InlineData("Thousands of farmers marched through Nairobi on Friday, accusing the government of ignoring the drought.", "KEN", "KEN")]
    [InlineData("Nurses rallied outside the health ministry in Accra, blaming the minister for months of unpaid wages.", "GHA", "GHA")]
    [InlineData("Hundreds of traders protested in Lagos on Monday, condemning the Nigerian government's new import levy.", "NGA", "NGA")]
    public void A_verdict_voiced_while_protesting_is_the_protesters(string text, string source, string target)
    {
        var document = EventTestDocuments.Run(text);

        Assert.Contains(document.Events, e => e.Plover == "PROTEST");
        var verdict = Assert.Single(document.Events, e => e.Plover == "ACCUSE");
        Assert.Equal((source, target), (EventTestDocuments.Countries(verdict.Source), EventTestDocuments.Countries(verdict.Target)));
        Assert.EndsWith("+source.adjoined", verdict.Rule.Split("+target.")[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Students gathered in front of parliament in Dhaka to denounce the new quota law.")]
    [InlineData("Nurses rallied outside the health ministry in Accra, demanding higher pay.")]
    [InlineData("Dockworkers went on strike in Mombasa, calling for the port's sale to be cancelled.")]
    public void A_purpose_the_protest_is_for_stays_its_content(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "ACCUSE" or "REQUEST" or "APPEAL");
}
