namespace Parley.Pipeline.Tests.Events;

public sealed class CountrylessSourcesTests
{
    [Theory]
    [InlineData("Security analyst Tunde Okafor welcomed the move but doubted it would work.")]
    [InlineData("Political scientist Miriam Oduya praised the decision on Tuesday.")]
    [InlineData("Defense expert Kwame Asante criticized the plan as too costly.")]
    [InlineData("Regional analyst Farid Nazari welcomed the ceasefire announcement.")]
    [InlineData("Economist Laila Haddad rejected the proposal as unrealistic.")]
    [InlineData("Security consultant Piet van Rooyen condemned the attack.")]
    public void A_commentator_of_no_country_acting_on_no_one_is_no_event(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Target.Count == 0 && e.Source.All(a => a.Code.Country == "---"));

    [Theory]
    [InlineData("Security analyst Tunde Okafor praised Nigeria for the move.", "NGA")]
    [InlineData("Defense expert Kwame Asante criticized Ghana over the plan.", "GHA")]
    public void A_commentator_acting_on_a_coded_target_stays(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Target.Any(a => a.Code.Country == target));

    [Theory]
    [InlineData("Vassily Petrov criticized the panel of experts.")]
    [InlineData("Teodor Varga rejected the proposal on Monday.")]
    public void A_name_of_no_country_without_a_commentators_title_still_acts(string text) =>
        Assert.NotEmpty(EventTestDocuments.Run(text).Events);
}
