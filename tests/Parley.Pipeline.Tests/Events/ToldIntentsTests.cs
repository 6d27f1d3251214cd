namespace Parley.Pipeline.Tests.Events;

public sealed class ToldIntentsTests
{
    [Theory]
    [InlineData("Mali's ruling junta has told ECOWAS envoys it will return power to civilians within two years.", "MLI", "IGO")]
    [InlineData("Burundi's rebel movement told the government on Saturday they were willing to move their fighters into camps.", "BDI", "BDI")]
    [InlineData("Iran told the International Atomic Energy Agency it would allow inspectors back into the Fordow plant.", "IRN", "IGO")]
    [InlineData("Venezuela told Guyana on Monday that it was ready to resume border talks.", "VEN", "GUY")]
    [InlineData("The Tigrayan rebels told African Union mediators they would withdraw from the town.", "ETH", "IGO")]
    public void A_promise_told_to_someone_is_the_teller_s_and_addressed_to_the_one_told(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE" && EventTestDocuments.Countries(e.Source) == source
            && EventTestDocuments.Countries(e.Target) == target && e.Rule.Contains("+sides.told", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Somali president told the BBC he would step down after the election.")] // a news outlet hears it
    [InlineData("Ghana told Togo that the border talks would resume in March.")] // no pronoun: the clause names its own subject
    [InlineData("The minister told the rebels they must disarm by Friday.")] // a demand, not a promise
    public void Other_clauses_told_to_someone_are_not_read_so(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+sides.told", StringComparison.Ordinal));
}
