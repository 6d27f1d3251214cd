namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "Ruth Kamau is a member of Kenya's senate. Kamau accused ...": a person the knowledge base lacks, introduced by a copula
/// ("is the", "is a", "was the") and a title, is coded from that description for the rest of the story, as an apposition is.
/// A commentator's description ("a senior analyst at ...") gives no side.
/// </summary>
public sealed class CopularIntroductionsTests
{
    [Theory]
    [InlineData("Ruth Kamau is a member of Kenya's senate. Kamau accused Uganda of seizing fishing boats.", "KEN")]
    [InlineData("Omar Diallo is the head of the Senegalese Fishermen Union. Diallo accused Mauritania of harassing crews.", "SEN")]
    [InlineData("Lena Vogt is the chair of the German Steel Federation. Vogt criticised China over the dumping.", "DEU")]
    [InlineData("Carlos Ruiz was the director of the Chilean Copper Council. Ruiz later praised Bolivia for the lithium deal.", "CHL")]
    [InlineData("Anne Lavoie is the provincial leader of Quebec. Lavoie accused Washington of bullying Canada.", "CAN")]
    [InlineData("Mariam Sadat is the founder of the Afghan Women's Network. Sadat condemned Pakistan over the deportations.", "AFG")]
    public void A_copula_introduction_codes_the_person(string text, string country)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => EventTestDocuments.Countries(e.Source) == country);
    }

    [Theory]
    [InlineData("Tom Harris is a senior analyst at the Global Risk Institute. Harris criticised the deal.")]
    [InlineData("Maria Lund is a professor of politics at Oslo University. Lund welcomed the ceasefire.")]
    public void A_commentator_introduced_by_a_copula_is_no_side(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Code.Country is { Length: 3 } c && c != "---"));
}
