namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A known national body's name followed by "of" and another country names that country's own body: "the Democratic
/// Party of Kazakhstan" is Kazakh, not the United States' Democratic Party; the known body keeps its own name elsewhere.
/// </summary>
public sealed class OtherCountrysBodiesTests
{
    [Fact]
    public void A_body_of_another_country_is_that_countrys() =>
        Assert.Contains("Democratic Party of Kazakhstan=Name>Democratic Party of Kazakhstan[KAZ]",
            EntityTestDocuments.Mentions(EntityTestDocuments.Run("Leaders of the Democratic Party of Kazakhstan met in Almaty.")));

    [Fact]
    public void The_known_body_alone_keeps_its_country() =>
        Assert.Contains("[USA]", EntityTestDocuments.Mentions(EntityTestDocuments.Run("The Democratic Party won the Senate seat in Ohio.")));
}
