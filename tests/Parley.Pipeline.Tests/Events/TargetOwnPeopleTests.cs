namespace Parley.Pipeline.Tests.Events;

public sealed class TargetOwnPeopleTests
{
    [Theory]
    [InlineData("Nobel laureate Aung San Suu Kyi was placed under house arrest again on Saturday by Burma's ruling junta, her party said.", "MMR")]
    [InlineData("Pakistani authorities arrested former prime minister Imran Khan in Islamabad.", "PAK")]
    [InlineData("South Korean investigators arrested impeached President Yoon Suk Yeol.", "KOR")]
    [InlineData("Bosnian state prosecutors ordered the arrest of Milorad Dodik on Wednesday.", "BIH")]
    [InlineData("Brazil's supreme court sentenced Jair Bolsonaro to 27 years in prison.", "BRA")]
    [InlineData("Turkish police detained Istanbul mayor Ekrem Imamoglu on Wednesday.", "TUR")]
    public void A_state_s_coercion_of_one_of_its_own_office_holders_keeps_that_person_as_target(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "COERCE" && e.Target.Count > 0 && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("China sanctioned Beijing's own trade office.")]
    public void A_mention_of_the_state_itself_is_still_no_other_side(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.own", StringComparison.Ordinal));
}
