namespace Parley.Knowledge.Tests;

public class IndependencesTests
{
    [Theory]
    [InlineData("XKX", "1998-03-05", "SRB")]
    [InlineData("XKX", "2008-02-17", "XKX")]
    [InlineData("SSD", "2011-07-08", "SDN")]
    [InlineData("SSD", "2013-12-15", "SSD")]
    [InlineData("TLS", "1999-08-30", "IDN")]
    [InlineData("ERI", "1991-05-28", "ETH")]
    [InlineData("ERI", "1998-05-06", "ERI")]
    [InlineData("FRA", "1950-01-01", "FRA")]
    public void A_country_belongs_to_the_state_it_was_part_of_before_independence(string iso3, string date, string expected) =>
        Assert.Equal(expected, Independences.On(iso3, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
