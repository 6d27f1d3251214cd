namespace Parley.Pipeline.Tests.Events;

public sealed class SuspectedAgentsTests
{
    [Theory]
    [InlineData("A Pakistani judge was shot dead by a gunman on Monday in an attack police blamed on Taliban militants.", "AFG")]
    [InlineData("Two Israeli soldiers were killed by a roadside bomb in an ambush blamed on Hezbollah.", "LBN")]
    [InlineData("A Spanish city councillor was murdered by gunmen in the Basque country, and police suspect ETA.", "ESP")]
    [InlineData("Twelve Indian policemen were killed by a landmine in Chhattisgarh in an attack blamed on Maoist rebels.", "IND")]
    [InlineData("A Turkish soldier was killed by attackers near the Iraqi border; officials blamed Kurdish PKK rebels.", "TUR")]
    [InlineData("A Sri Lankan minister was assassinated by a suicide bomber in Colombo; police suspect Tamil Tiger rebels.", "LKA")]
    public void A_passive_attack_by_an_unnamed_attacker_is_by_the_group_the_sentence_blames(string text, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Source) == source
            && !e.Source.Any(a => a.Code.Sector is "COP" or "MIL"));

    [Theory]
    [InlineData("A Pakistani judge was shot dead by Taliban militants; the family blamed the police for poor security.", "AFG")]
    public void A_named_attacker_keeps_the_attack_whoever_is_blamed_later(string text, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Source) == source);
}
