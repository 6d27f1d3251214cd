using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 67: where a hedge, a name and a reported "would" reach (rules <c>scope.hedge-word</c>, <c>scope.participle-adjunct</c>
/// and <c>future.reported-would</c>'s condition scope). Sentences written for this test.
/// </summary>
public class HedgeScopeTests
{
    private static IReadOnlyList<CodedEvent> Coded(string text, string root) =>
        EventTestDocuments.Run(text).Events.Where(e => e.Cameo.StartsWith(root, StringComparison.Ordinal)).ToList();

    [Theory]
    // A hedge word used as a noun hedges nothing.
    [InlineData("Nepalese police said they had questioned several suspects overnight but released them without charge on Friday.", "084")]
    [InlineData("Ecuador's police named four officers as suspects in the killing, and prosecutors arrested the men on Monday.", "173")]
    [InlineData("Gangs spread fear through the port city for weeks, and Haiti's army arrested their leaders on Sunday.", "173")]
    [InlineData("Uruguay's opposition candidate admitted defeat a little after midnight and telephoned President Orsi to congratulate him.", "04")]
    // A contrast ends a hedge's reach.
    [InlineData("Latvia's premier voiced doubts that the target could be met, though her government signed the declaration on Tuesday.", "057")]
    [InlineData("Guinea's junta leader has yet to say whether he will run, but his supporters staged rallies in Conakry on Sunday.", "14")]
    // A verb of reckoning hedges only the clause it takes.
    [InlineData("A manager of an online gambling firm was held at the airport after Thai police arrested him in Bangkok.", "173")]
    public void A_hedge_word_that_does_not_introduce_the_clause_leaves_the_act_asserted(string text, string root)
    {
        var events = Coded(text, root);
        Assert.NotEmpty(events);
        Assert.Contains(events, e => e.Factuality == Factuality.Asserted);
    }

    [Theory]
    [InlineData("Officials doubt that the rebels attacked the convoy on Sunday.", "19")]
    [InlineData("Diplomats suspect that Hungary blocked the statement.", "")]
    [InlineData("Analysts are betting that Serbia will recognise Kosovo.", "")]
    public void A_hedge_word_that_takes_the_clause_still_hedges_it(string text, string root) =>
        Assert.DoesNotContain(Coded(text, root), e => e.Factuality == Factuality.Asserted);

    [Theory]
    // "Hope" and "May" spelled with a capital inside a sentence are names.
    [InlineData("Governor Hope Mensah, who won a second term on Saturday, accused the union leader of stirring unrest.", "112")]
    [InlineData("British Prime Minister Theresa May condemned the attack on the embassy in Kabul.", "111")]
    public void A_cue_word_with_a_capital_inside_the_sentence_is_a_name(string text, string cameo) =>
        Assert.Contains(Coded(text, cameo), e => e.Factuality == Factuality.Asserted);

    [Theory]
    // A "whether" a verb takes is no condition: it does not make a reported "would" hypothetical.
    [InlineData("Ghana said it would seek talks with Togo next week, but donors were still weighing whether to fund the plan.", "03")]
    [InlineData("Peru's president said the government would investigate whether the guards had been bribed.", "09")]
    // A second "would" of the same subject shares the first one's report.
    [InlineData("The minister told reporters that Canada would raise the matter with New Delhi at every meeting and would keep pressing for the activist's release.", "02")]
    public void A_reported_would_foretells_the_act(string text, string root) =>
        Assert.Contains(Coded(text, root), e => e.Factuality == Factuality.Future);

    [Theory]
    [InlineData("Peru said it would expel the envoy if Bolivia did not apologise.", "16")]
    public void A_condition_after_the_report_still_leaves_it_open(string text, string root) =>
        Assert.DoesNotContain(Coded(text, root), e => e.Factuality is Factuality.Future or Factuality.Asserted);

    [Theory]
    // A participle after a comma is the main clause's act, not what a frame with no act of its own leaves open.
    [InlineData("Kenya's opposition alliance had urged voters to stay at home, accusing the government of rigging the count.", "112")]
    [InlineData("Mali's junta had asked voters to stay at home, accusing ECOWAS of meddling in the vote.", "112")]
    public void A_participle_after_a_frame_is_asserted(string text, string cameo) =>
        Assert.Contains(Coded(text, cameo), e => e.Factuality == Factuality.Asserted);
}
