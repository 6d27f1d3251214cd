namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Kin named with whose they are act as a group even when a relative clause on those people stands between them and their
/// verb ("Relatives of the 12 journalists who disappeared in 2016 called on ..."); a speaker named after the clause by its
/// name and a lower-case head ("U.N. rights investigators concluded") reports it.
/// </summary>
public class KinRelativesTests
{
    [Theory]
    [InlineData("Relatives of the 12 journalists who disappeared in 2016 called on Mexican prosecutors to reopen the case.", "MEX")]
    [InlineData("Families of the miners who died in the flood urged Chilean authorities to punish the mine owners.", "CHL")]
    public void Kin_of_people_described_by_a_relative_clause_act(string text, string source)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "REQUEST" && EventTestDocuments.Countries(e.Source) == source);
    }

    [Fact]
    public void A_trailing_speaker_with_a_long_head_reports_the_verdict()
    {
        var events = EventTestDocuments.Run("Burmese army troops were responsible for a massacre in a village, U.N. rights investigators concluded on Monday.").Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == "IGO" && EventTestDocuments.Countries(e.Target) == "MMR");
    }
}
