using System.Globalization;
using Parley.Knowledge;

namespace Parley.Knowledge.Tests;

/// <summary>
/// People of conflict and protest news who hold no top office (sources/officeholders-opposition.txt and -security.txt):
/// opposition leaders, armed-group leaders and security chiefs, one per region, have their country and sector on a day.
/// </summary>
public sealed class OppositionAndSecurityPeopleTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Embedded;

    private static DateOnly Day(string day) => DateOnly.Parse(day, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Robert Kyagulanyi", "2021-01-10", "UGA", "OPP")]      // Africa: opposition leader
    [InlineData("Abubakar Shekau", "2019-03-01", "NGA", "REB")]        // Africa: armed-group leader
    [InlineData("Kayode Egbetokun", "2024-05-01", "NGA", "COP")]       // Africa: police chief
    [InlineData("Kemal Kılıçdaroğlu", "2019-06-01", "TUR", "OPP")]     // Middle East: party leader out of government
    [InlineData("Ahmad-Reza Radan", "2023-06-01", "IRN", "COP")]       // Middle East: police chief
    [InlineData("David Barnea", "2024-01-01", "ISR", "SPY")]           // Middle East: intelligence chief
    [InlineData("Ivan Tertel", "2022-02-01", "BLR", "SPY")]            // former USSR: intelligence chief
    [InlineData("Vladimir Kara-Murza", "2023-04-17", "RUS", "OPP")]    // former USSR: jailed dissident
    [InlineData("Noor Wali Mehsud", "2022-11-28", "PAK", "REB")]       // South Asia: armed-group leader
    [InlineData("Manoj Pande", "2023-01-15", "IND", "MIL")]            // South Asia: army chief
    [InlineData("Twan Mrat Naing", "2024-02-01", "MMR", "REB")]        // South-East Asia: armed-group leader
    [InlineData("Tarek William Saab", "2024-08-01", "VEN", "JUD")]     // Latin America: attorney general
    [InlineData("Iván Márquez", "2020-05-01", "COL", "REB")]           // Latin America: rebel leader
    public void Knows_the_country_and_sector_on_the_day(string name, string day, string country, string sector)
    {
        var person = Assert.Single(Kb.People.Values, p => p.Name == name);
        var role = person.RoleOn(Day(day));
        Assert.NotNull(role);
        Assert.Equal(country, role.Country);
        Assert.Equal(sector, role.Sector);
    }

    [Fact]
    public void A_leader_who_joined_the_government_changes_sector_that_day()
    {
        var person = Assert.Single(Kb.People.Values, p => p.Name == "John Steenhuisen");
        Assert.Equal("OPP", person.RoleOn(Day("2023-09-01"))?.Sector);
        Assert.Equal("GOV", person.RoleOn(Day("2025-02-01"))?.Sector);
    }

    [Theory]
    [InlineData("TUR", "interior minister", "2020-02-01", "Süleyman Soylu")]
    [InlineData("TUR", "Interior Minister", "2024-02-01", "Ali Yerlikaya")]
    [InlineData("NGA", "inspector general of police", "2022-02-01", "Usman Alkali Baba")]
    [InlineData("USA", "attorney general", "2022-02-01", "Merrick Garland")]
    public void An_untitled_security_office_names_its_holder(string country, string title, string day, string expected) =>
        Assert.Equal(expected, Kb.OfficeHolders.On(country, title, Day(day))?.Name);
}
