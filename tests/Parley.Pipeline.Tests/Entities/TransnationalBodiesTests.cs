namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// An unknown association named for a region of many states or for the world ("Arab Lawyers Union", "International
/// Federation of Journalists") is non-governmental; "Latin American" names no United States; a country in the name still wins.
/// </summary>
public sealed class TransnationalBodiesTests
{
    [Theory]
    [InlineData("The Arab Doctors Union sent two surgeons to the besieged town.", "Arab Doctors Union=Name>Arab Doctors Union[NGO]")]
    [InlineData("The Asian Human Rights Commission accused the army of abductions.", "Asian Human Rights Commission=Name>Asian Human Rights Commission[NGO]")]
    [InlineData("Lawyers from the Association of African Jurists inspected the prison.", "Association of African Jurists=Name>Association of African Jurists[NGO]")]
    [InlineData("The International Federation of Chemists urged a ban on the nerve agent.", "International Federation of Chemists=Name>International Federation of Chemists[NGO]")]
    [InlineData("The Latin American Bishops Council appealed for calm in Managua.", "Latin American Bishops Council=Name>Latin American Bishops Council[NGO]")]
    [InlineData("The Caribbean Press Association condemned the expulsion of the reporter.", "Caribbean Press Association=Name>Caribbean Press Association[NGO]")]
    public void A_body_of_many_states_people_is_non_governmental(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    // a country in the name says whose it is
    [InlineData("The Kenya Human Rights Commission accused the police of torture.", "Kenya Human Rights Commission=Name>Kenya Human Rights Commission[KEN")]
    public void A_country_in_the_name_still_decides(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    // an armed or political movement is not an association
    [InlineData("The Islamic Salvation Army ambushed a convoy near Blida.", "[NGO]")]
    [InlineData("The Arab Liberation Front claimed the bombing.", "[NGO]")]
    public void An_armed_or_political_movement_is_not(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
}
