namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// People the knowledge base lacks, described in an apposition: "a member of the upper house" sits in the story's
/// legislature (LEG); a "shadow" minister speaks for the opposition (OPP), with the country the apposition names; a noun
/// phrase opened by an article may run long before its body ("the shadow justice secretary for Britain's opposition party").
/// </summary>
public sealed class LegislatorsTests
{
    private const string Somalia = "Somalia's election dispute deepened on Monday, and Somalia's regions rejected the new calendar. ";

    [Theory]
    [InlineData(Somalia + "Abdi Warsame, a member of the upper house, called on the president to hold the vote.")]
    [InlineData(Somalia + "Hodan Yusuf, a member of the lower house, accused the president of delaying the vote.")]
    [InlineData(Somalia + "Omar Farah, a member of parliament, criticised the electoral commission.")]
    [InlineData(Somalia + "Sahra Ali, a member of the national assembly, demanded a new electoral law.")]
    [InlineData(Somalia + "Nuur Dahir, a member of the country's senate, rejected the proposal.")]
    [InlineData(Somalia + "Faysal Guled, a member of the federal parliament, praised the mediators.")]
    public void A_member_of_a_chamber_sits_in_the_legislature(string text)
    {
        var e = EventTestDocuments.Run(text).Events.LastOrDefault();
        Assert.NotNull(e);
        Assert.Contains(e.Source, a => a.Code is { Country: "SOM", Sector: "LEG" });
    }

    [Theory]
    [InlineData(Somalia + "Abdi Warsame, a member of the ruling party, urged the president to hold the vote.")]
    [InlineData(Somalia + "Abdi Warsame, a member of the chess club, urged the president to hold the vote.")]
    public void A_member_of_anything_else_is_no_legislator(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Code.Sector == "LEG"));

    [Theory]
    [InlineData("Helen Marsh, the shadow justice secretary for Britain's Conservative opposition party, described the plan as a disaster.", "GBR")]
    [InlineData("Priya Raman, the shadow foreign secretary of Britain's main opposition, criticised the treaty.", "GBR")]
    [InlineData("Tom Wylie, Australia's shadow trade minister, accused China of dumping steel.", "AUS")]
    [InlineData("Canada's shadow finance minister, Luc Gagnon, rejected the budget. Gagnon, Canada's shadow finance minister, later criticised the bank.", "CAN")]
    [InlineData("Aroha Ngata, New Zealand's shadow defence minister, condemned the cuts.", "NZL")]
    [InlineData("Dev Malhotra, the shadow home secretary for Britain's Labour opposition, criticised the police.", "GBR")]
    public void A_shadow_minister_speaks_for_the_opposition(string text, string country) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Code.Country == country && a.Code.Sector == "OPP"));
}
