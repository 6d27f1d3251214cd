namespace Parley.Pipeline.Tests.Events;

public sealed class TargetUncodedTests
{
    [Theory]
    [InlineData("The Egyptian government released blogger Ahmed Samir Fahmy after two years in detention.", "RETREAT", "EGY")]
    [InlineData("Belarusian authorities detained Maria Kovalenko, a student leader, on Friday.", "COERCE", "BLR")]
    [InlineData("Uganda's security forces abducted Robert Kyagulanyi Mukasa, his lawyers said.", "ASSAULT", "UGA")]
    [InlineData("Venezuela's president accused Leopoldo Rivas of plotting a coup.", "ACCUSE", "VEN")]
    [InlineData("The Moroccan court jailed Karim Bensaid for two years.", "COERCE", "MAR")]
    [InlineData("Nigerian soldiers freed Amina Yusuf Garba, a schoolteacher, after a raid.", "RETREAT", "NGA")]
    [InlineData("The Burmese junta released Min Ko Thura and 200 other prisoners.", "RETREAT", "MMR")]
    public void A_named_person_Parley_cannot_code_is_of_the_country_its_state_acts_at_home_in(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("The Russian government deported Jonas Lindqvist on Thursday.")]
    [InlineData("Turkish police expelled Hanna Berglund from the country.")]
    public void A_deported_person_is_not_placed_at_home(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Target.Count > 0 && e.Rule.Contains("+target.uncoded", StringComparison.Ordinal));

    [Theory]
    [InlineData("U.S. lawmakers pressed for Jimmy Lai's release in a letter to the State Department.")]
    [InlineData("Activists urged Beijing to secure Ilham Tohti's release.")]
    public void A_possessive_name_owns_what_follows_and_is_no_target(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.uncoded", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Sudanese military ousted Bashir Osman in a coup and jailed him.", "COERCE", "SDN")]
    [InlineData("Ardian Kola lost the vote, and Albanian opposition lawmakers called on him to step down.", "REQUEST", "ALB")]
    [InlineData("Albanian opposition lawmakers criticized Ardian Kola and accused him of corruption.", "ACCUSE", "ALB")]
    [InlineData("Peruvian prosecutors questioned Luis Quispe Mamani and then detained him.", "COERCE", "PER")]
    [InlineData("Zimbabwean police arrested Tendai Moyo on Monday. Zimbabwean opposition lawmakers requested that he be released on bail.", "REQUEST", "ZWE")]
    [InlineData("Six U.S. senators led by Chris Coons wrote to Defense Secretary Pete Hegseth, urging him to act against Venezuela.", "REQUEST", "USA")]
    public void A_pronoun_object_stands_for_the_nearest_name_before_it_that_is_not_its_subject(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target);
}
