namespace Parley.Pipeline.Tests.Events;

public sealed class SpeakersForcesTests
{
    [Theory]
    [InlineData("Colombia's defence minister said that troops had killed twelve guerrillas in the jungle.", "COL")]
    [InlineData("The Nigerian army spokesman said soldiers had arrested forty militants in the delta.", "NGA")]
    [InlineData("Sri Lanka's president warned that the army would attack Tamil Tiger bases.", "LKA")]
    [InlineData("Turkey's prime minister said the military had shelled Kurdish rebel positions.", "TUR")]
    [InlineData("Israel's defence minister warned that soldiers would demolish the homes of attackers.", "ISR")]
    [InlineData("Mexico's interior minister said that troops had captured the cartel leader.", "MEX")]
    [InlineData("The Philippine defence secretary warned that soldiers would attack Abu Sayyaf camps.", "PHL")]
    public void Bare_forces_in_a_reported_clause_are_the_state_speaker_s_own(string text, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    [InlineData("A Human Rights Watch researcher said that soldiers had killed civilians in Darfur.")]
    [InlineData("The Red Cross said that troops had shelled the hospital.")]
    public void A_rights_group_speaker_does_not_own_the_forces_it_reports_on(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) is "NGO" or "IGO");
}
