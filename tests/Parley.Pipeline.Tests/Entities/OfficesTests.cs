using Parley.Pipeline.Entities;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>Which full titles a later short title ("the minister") can stand for.</summary>
public sealed class OfficesTests
{
    [Theory]
    [InlineData("Foreign Minister", "minister", true)]
    [InlineData("Minister of Finance", "minister", true)]
    [InlineData("Prime Minister", "minister", false)]
    [InlineData("Prime Minister", "prime minister", true)]
    [InlineData("Vice President", "president", false)]
    [InlineData("Deputy Foreign Minister", "deputy minister", true)]
    [InlineData("President", "minister", false)]
    [InlineData("Vice-President", "president", false)]
    [InlineData("EU foreign policy chief", "army chief", false)]
    [InlineData("Army Chief", "army chief", true)]
    [InlineData("police chief", "chief", true)]
    public void A_short_title_names_the_same_office_only(string full, string shortTitle, bool same) =>
        Assert.Equal(same, Offices.Same(full, shortTitle));
}
