namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A court named by its seat in The Hague is one of the international courts there (IGO), and the knowledge base names
/// the international and regional courts and tribunals; other courts keep their country.
/// </summary>
public class HagueCourtsTests
{
    [Theory]
    [InlineData("A court in The Hague convicted a former Congolese militia leader of war crimes.")]
    [InlineData("The Hague tribunal convicted a former Bosnian commander of war crimes.")]
    [InlineData("The Inter-American Court of Human Rights ordered Peru to free the jailed journalist.")]
    [InlineData("The ECOWAS Court ordered Nigeria to compensate the families of the protesters.")]
    [InlineData("Judges at The Hague ordered Serbia to pay damages to the families.")]
    [InlineData("The Kosovo Specialist Chambers charged a former guerrilla commander with murder.")]
    public void An_international_court_is_IGO(string text)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal("IGO", EventTestDocuments.Countries(best.Source));
    }

    [Theory]
    [InlineData("A Dutch court in Amsterdam convicted a Moroccan smuggler of fraud.", "NLD")]
    [InlineData("A Dutch court in The Hague convicted a Moroccan smuggler of fraud.", "NLD")]
    [InlineData("A court in Nairobi sentenced two Somali men for the attack on the mall.", "KEN")]
    public void A_court_seated_elsewhere_keeps_its_country(string text, string country)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal(country, EventTestDocuments.Countries(best.Source));
    }
}
