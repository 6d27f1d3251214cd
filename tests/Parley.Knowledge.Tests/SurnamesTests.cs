using Parley.Knowledge;

namespace Parley.Knowledge.Tests;

/// <summary>A surname names a country when every known bearer served that one country.</summary>
public sealed class SurnamesTests
{
    private static Person Person(string name, params string[] countries) =>
        new("local:" + name, name, [], 'm', [.. countries.Select(c => new Role(c, "GOV", "President", new DateOnly(1990, 1, 1), null))]);

    [Theory]
    [InlineData("Bush", "USA")]
    [InlineData("Mwanawasa", "ZMB")]
    [InlineData("Assad", "SYR")]
    public void EmbeddedSurnamesNameTheirCountry(string surname, string country) =>
        Assert.Equal(country, KnowledgeBase.Embedded.SurnameCountries[surname]);

    [Fact]
    public void SurnameSharedAcrossCountriesNamesNone()
    {
        var countries = Surnames.Countries([Person("Ana Ortega", "NIC"), Person("Luis Ortega", "ESP"), Person("Karl Brandt", "DEU"), Person("Eva Brandt", "DEU")]);
        Assert.False(countries.ContainsKey("Ortega"));
        Assert.Equal("DEU", countries["brandt"]);
    }

    [Fact]
    public void ArabicArticleIsDroppedFromTheSurname() =>
        Assert.Equal("SYR", Surnames.Countries([Person("Samir al-Khatib", "SYR")])["Khatib"]);

    [Fact]
    public void SurnameOfOnePersonWithRolesInTwoCountriesNamesNone() =>
        Assert.False(Surnames.Countries([Person("Mira Kovac", "HRV", "IGO")]).ContainsKey("Kovac"));

    [Theory]
    [InlineData("George W. Bush", "Bush")]
    [InlineData("Suharto", "Suharto")]
    [InlineData(" Levy Mwanawasa ", "Mwanawasa")]
    public void SurnameIsTheLastWordOfTheName(string name, string surname) =>
        Assert.Equal(surname, Surnames.LastWord(name));
}
