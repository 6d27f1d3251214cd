namespace Parley.Pipeline.Tests.Events;

public sealed class TargetProtestedStatesTests
{
    [Theory]
    [InlineData("Coal miners across Siberia's Kuzbass region stayed off work for a second day on Wednesday, demanding payment of wage arrears.", "RUS")]
    [InlineData("Nigerian doctors went on strike over unpaid salaries.", "NGA")]
    [InlineData("Sri Lankan farmers blocked roads in protest at fertiliser shortages.", "LKA")]
    [InlineData("Thousands of Kenyan students marched through Nairobi on Tuesday.", "KEN")]
    [InlineData("Hundreds of Chilean teachers demonstrated in Santiago for better pay.", "CHL")]
    [InlineData("Bangladeshi garment workers staged a walkout at factories near Dhaka.", "BGD")]
    public void People_who_protest_at_home_and_name_no_one_protest_against_their_own_state(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Sudan protested to Egypt over the border incident.")]
    [InlineData("The Iranian government staged a protest over the seizure of its tanker.")]
    public void A_state_s_own_protest_is_not_aimed_at_itself(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.state", StringComparison.Ordinal));
}
