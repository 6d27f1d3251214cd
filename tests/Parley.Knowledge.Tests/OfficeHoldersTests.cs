using Parley.Knowledge;

namespace Parley.Knowledge.Tests;

/// <summary>Who held a country's office on a day: one holder, by title in any case and either spelling; none for a gap or an overlap.</summary>
public sealed class OfficeHoldersTests
{
    private static Person Person(string name, string country, string title, string from, string? to) =>
        new("local:" + name, name, [], 'm', [new Role(country, "GOV", title, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture))]);

    private static readonly OfficeHolders Holders = new([
        Person("Ana Ruiz", "PER", "Foreign Minister", "2020-01-01", "2022-01-01"),
        Person("Luis Toro", "PER", "Foreign Minister", "2022-01-01", null),
        Person("Omar Diallo", "SEN", "Defence Minister", "2019-05-01", null),
        Person("Eva Lind", "SWE", "President", "2010-01-01", "2016-01-01"),
        Person("Karl Berg", "SWE", "President", "2015-06-01", "2020-01-01"),
    ]);

    [Theory]
    [InlineData("PER", "foreign minister", "2021-03-01", "Ana Ruiz")]
    [InlineData("PER", "Foreign Minister", "2024-08-15", "Luis Toro")]
    [InlineData("SEN", "defense minister", "2023-01-01", "Omar Diallo")]
    [InlineData("SEN", "Defence Minister", "2019-05-01", "Omar Diallo")]
    [InlineData("SWE", "president", "2012-01-01", "Eva Lind")]
    [InlineData("SWE", "President", "2017-01-01", "Karl Berg")]
    public void The_holder_on_the_day(string country, string title, string day, string expected) =>
        Assert.Equal(expected, Holders.On(country, title, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))?.Name);

    [Theory]
    [InlineData("PER", "foreign minister", "2019-06-01")] // before anyone known
    [InlineData("SWE", "president", "2015-09-01")]        // two overlapping roles: the data cannot settle the handover
    [InlineData("SWE", "president", "2021-01-01")]        // after the last known term
    [InlineData("PER", "defence minister", "2021-03-01")] // no such office known
    public void No_one_when_the_data_cannot_say(string country, string title, string day) =>
        Assert.Null(Holders.On(country, title, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_embedded_roles_know_long_serving_holders() =>
        Assert.Equal("Sergei Lavrov", KnowledgeBase.Embedded.OfficeHolders.On("RUS", "foreign minister", new DateOnly(2015, 3, 1))?.Name);
}
