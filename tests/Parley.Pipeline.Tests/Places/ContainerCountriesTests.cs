namespace Parley.Pipeline.Tests.Places;

/// <summary>"Las Delicias in southern Colombia": a place said to lie in a country is no namesake abroad.</summary>
public class ContainerCountriesTests
{
    [Theory]
    [InlineData("FARC guerrillas overran an army base at Las Delicias in southern Colombia on Friday.", "COL")]
    [InlineData("Gunmen attacked a market in Tripoli, Lebanon on Friday.", "LBN")]
    [InlineData("Rebels attacked a police post in Valencia in northern Venezuela.", "VEN")]
    [InlineData("Troops raided a village near San Jose in central Costa Rica.", "CRI")]
    [InlineData("Soldiers fired on protesters in Hyderabad in southern Pakistan.", "PAK")]
    [InlineData("Police arrested five students in Cordoba, Argentina on Monday.", "ARG")]
    public void The_event_is_placed_in_the_named_country(string text, string country)
    {
        var e = Events.EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal(country, e.Place?.Country);
    }

    [Fact]
    public void A_list_joined_by_and_is_no_place_and_its_country()
    {
        var document = Events.EventTestDocuments.Run("Floods hit Texas, Mexico and Guatemala.");

        Assert.Contains(document.Places, p => document.TextOf(p.Range) == "Texas" && p.Where.Country == "USA");
    }
}
