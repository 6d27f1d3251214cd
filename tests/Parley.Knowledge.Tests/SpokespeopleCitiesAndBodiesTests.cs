using System.Globalization;
using Parley.Knowledge;

namespace Parley.Knowledge.Tests;

/// <summary>
/// The people news quotes for an office below the top (sources/officeholders-spokespeople.txt, -cities.txt, -bodies.txt
/// and -economy.txt): spokespeople, ambassadors to the UN, mayors and governors, central bankers, election chiefs and
/// finance and trade ministers have their country and sector on a day, and only within their term.
/// </summary>
public sealed class SpokespeopleCitiesAndBodiesTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Embedded;

    private static DateOnly Day(string day) => DateOnly.Parse(day, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Dmitry Peskov", "2022-03-01", "RUS", "GOV")]            // spokespeople: a head of state's
    [InlineData("Igor Konashenkov", "2023-05-01", "RUS", "MIL")]         // a defence ministry's, an officer
    [InlineData("Mao Ning", "2024-05-01", "CHN", "GOV")]                 // a foreign ministry's
    [InlineData("Daniel Hagari", "2024-01-01", "ISR", "MIL")]            // an army's
    [InlineData("Abu Obeida", "2024-01-01", "PSE", "REB")]               // an armed group's
    [InlineData("Ravina Shamdasani", "2023-01-01", "IGO", "GOV")]        // the UN human rights office's
    [InlineData("Karoline Leavitt", "2025-03-01", "USA", "GOV")]         // the White House's
    [InlineData("Vitaly Churkin", "2016-09-01", "RUS", "GOV")]           // ambassadors to the UN
    [InlineData("Syed Akbaruddin", "2019-02-20", "IND", "GOV")]
    [InlineData("Sadiq Khan", "2020-01-01", "GBR", "GOV")]               // mayors and governors
    [InlineData("Vitali Klitschko", "2022-03-01", "UKR", "GOV")]
    [InlineData("Babagana Zulum", "2021-01-01", "NGA", "GOV")]
    [InlineData("Alireza Zakani", "2023-01-01", "IRN", "GOV")]
    [InlineData("Gavin Newsom", "2020-06-01", "USA", "GOV")]
    [InlineData("Vladimir Saldo", "2023-01-01", "UKR", "REB")]           // a Russian-installed head of an occupied region
    [InlineData("Elvira Nabiullina", "2022-02-28", "RUS", "GOV")]        // central bankers
    [InlineData("Godwin Emefiele", "2020-01-01", "NGA", "GOV")]
    [InlineData("Wafula Chebukati", "2022-08-15", "KEN", "GOV")]         // election chiefs
    [InlineData("Ella Pamfilova", "2024-03-17", "RUS", "GOV")]
    [InlineData("Jake Sullivan", "2023-06-01", "USA", "GOV")]           // national security advisers
    [InlineData("H. R. McMaster", "2017-06-01", "USA", "MIL")]          // a serving general in the post
    [InlineData("Wolfgang Schäuble", "2016-02-01", "DEU", "GOV")]       // finance and trade ministers
    [InlineData("Wolfgang Schäuble", "2019-02-01", "DEU", "LEG")]
    [InlineData("Anton Siluanov", "2024-02-01", "RUS", "GOV")]
    [InlineData("Robert Lighthizer", "2019-05-10", "USA", "GOV")]
    [InlineData("Ngozi Okonjo-Iweala", "2022-06-12", "IGO", "GOV")]     // heads of financial and trade bodies
    [InlineData("Mirjana Spoljaric", "2023-03-01", "IGO", "HLH")]       // the Red Cross, as its organisation
    public void Knows_the_country_and_sector_on_the_day(string name, string day, string country, string sector)
    {
        var person = Assert.Single(Kb.People.Values, p => p.Name == name);
        var role = person.RoleOn(Day(day));
        Assert.NotNull(role);
        Assert.Equal(country, role.Country);
        Assert.Equal(sector, role.Sector);
    }

    [Theory]
    [InlineData("Gavin Newsom", "2015-06-01")]       // before his term
    [InlineData("Vitaly Churkin", "2017-06-01")]     // after his death
    [InlineData("Godwin Emefiele", "2024-01-01")]    // after his removal
    public void Holds_no_office_outside_the_term(string name, string day) =>
        Assert.DoesNotContain(Assert.Single(Kb.People.Values, p => p.Name == name).Roles, r => r.HeldOn(Day(day)));

    [Fact]
    public void One_who_moved_office_has_the_office_of_the_day()
    {
        var person = Assert.Single(Kb.People.Values, p => p.Name == "Peter Mandelson");
        Assert.Equal("IGO", person.RoleOn(Day("2006-05-01"))?.Country);
        Assert.DoesNotContain(person.Roles, r => r.HeldOn(Day("2015-05-01")));
        Assert.Equal("GBR", person.RoleOn(Day("2025-05-01"))?.Country);
    }

    [Theory]
    [InlineData("USA", "White House press secretary", "2020-06-01", "Kayleigh McEnany")]
    [InlineData("GBR", "mayor of London", "2019-01-01", "Sadiq Khan")]
    [InlineData("JPN", "governor of the Bank of Japan", "2019-01-01", "Haruhiko Kuroda")]
    [InlineData("JPN", "Governor of the Bank of Japan", "2024-01-01", "Kazuo Ueda")]
    [InlineData("IND", "chief election commissioner", "2024-04-19", "Rajiv Kumar")]
    [InlineData("GBR", "Chancellor of the Exchequer", "2022-09-20", "Kwasi Kwarteng")]
    [InlineData("USA", "trade representative", "2022-03-01", "Katherine Tai")]
    public void An_untitled_office_names_its_holder(string country, string title, string day, string expected) =>
        Assert.Equal(expected, Kb.OfficeHolders.On(country, title, Day(day))?.Name);
}
