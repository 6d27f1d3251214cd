namespace Parley.Pipeline.Tests.Events;

/// <summary>Who imposes sanctions named by a noun, and on whom, when the sentence does not say "on" or "against".</summary>
public sealed class SanctionSidesTests
{
    [Theory]
    [InlineData("Markets punished Iran after Washington's imposition of sanctions last year.", "USA")]
    [InlineData("The economy of Venezuela shrank after the U.S. imposition of sanctions on its oil sector.", "USA")]
    [InlineData("The European Union's extension of sanctions angered Minsk.", "IGO")]
    [InlineData("North Korea's trade collapsed after China's enforcement of the embargo.", "CHN")]
    [InlineData("Moscow's economy slowed after Britain's extension of sanctions in March.", "GBR")]
    [InlineData("Syria's currency fell after Canada's renewal of sanctions.", "CAN")]
    public void The_possessor_of_a_nominalised_imposition_imposes(string text, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "SANCTION" && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    [InlineData("Markets punished Iran after Washington's imposition of sanctions last year.", "IRN")]
    [InlineData("Cuba has suffered for decades from the American embargo.", "CUB")]
    [InlineData("The European Union imposed sanctions and warned that the Malian junta was isolating itself.", "MLI")]
    [InlineData("Trump again ramped up his trade war with Brazil on Thursday, doubling the U.S. tariff on coffee.", "BRA")]
    [InlineData("Japan imposed new sanctions on Friday, its foreign ministry said, as talks with Pyongyang stalled.", "PRK")]
    [InlineData("Britain announced fresh sanctions as Russian forces advanced in the east.", "RUS")]
    public void Sanctions_with_no_object_are_aimed_at_the_one_other_country_of_their_sentence(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "SANCTION" && EventTestDocuments.Countries(e.Target) == target);
}
