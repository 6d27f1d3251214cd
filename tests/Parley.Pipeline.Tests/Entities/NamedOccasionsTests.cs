namespace Parley.Pipeline.Tests.Entities;

/// <summary>Storms, ships, holidays and prizes are named things, no people: their words are often given names or places.</summary>
public sealed class NamedOccasionsTests
{
    [Theory]
    [InlineData("Cyclone Marisol flattened villages along the coast.")]
    [InlineData("Residents fled before Tropical Storm Leona made landfall.")]
    [InlineData("The tropical storm Leona cut power to the island.")]
    [InlineData("Coast guards boarded the tanker Harmony Star near the strait.")]
    [InlineData("Supplies reached BRP Santa Clara on Tuesday.")]
    [InlineData("The cable failed on Christmas Day, the operator said.")]
    [InlineData("Veterans marched on Victory Day in the capital.")]
    [InlineData("The activist won the Nobel Peace Prize in 2011.")]
    [InlineData("The Nobel Peace laureate spoke to students.")]
    public void A_storm_ship_holiday_or_prize_is_no_person(string text) =>
        Assert.DoesNotContain("=PERSON", EntityTestDocuments.Names(EntityTestDocuments.Run(text)));

    [Theory]
    [InlineData("Jude Okafor, a farmer, lost his crops in the storm.", "Jude Okafor=PERSON")]
    [InlineData("The ship's captain, Daniel Mensah, said the crew was safe.", "Daniel Mensah=PERSON")]
    public void People_near_such_words_stay_people(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)));
}
