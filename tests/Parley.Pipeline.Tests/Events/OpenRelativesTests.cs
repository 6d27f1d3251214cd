namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "Militants who tunnelled under the border seized a corporal": the verb after a relative clause with no comma, no
/// conjunction and no second relative between is the antecedent's; a relative clause's own verb stays its own, and people
/// seized are taken captive (181). Sentences written for this test.
/// </summary>
public class OpenRelativesTests
{
    [Theory]
    [InlineData("Chechen gunmen who slipped across the border kidnapped two Russian engineers.", "ASSAULT", "RUS", "RUS")]
    [InlineData("Syrian rebels who control the north shelled Aleppo on Monday.", "ASSAULT", "SYR", "")]
    [InlineData("Iranian hardliners who dominate the parliament denounced Washington on Friday.", "ACCUSE", "IRN", "USA")]
    [InlineData("Colombia, which rejects any talks, accused Venezuela of sheltering rebels.", "ACCUSE", "COL", "VEN")]
    [InlineData("Hamas militants who crossed from Gaza seized an Israeli soldier at dawn.", "ASSAULT", "PSE", "ISR")]
    [InlineData("Somali pirates who had boarded the tanker seized its Indian crew.", "ASSAULT", "SOM", "IND")]
    public void The_verb_after_the_relative_is_the_antecedents(string text, string plover, string source, string target) =>
        EventTestDocuments.AssertSides(text, plover, source, target);

    [Theory]
    [InlineData("Officials said rebels who attacked the town fled into Uganda.")]
    [InlineData("Diplomats who met the envoy and then praised Kenya left on Monday.")]
    [InlineData("Aid matters for Kenyans who praised Kenya's police.")]
    public void A_conjunction_or_a_report_keeps_the_antecedent_out(string text)
    {
        var e = EventTestDocuments.Best(text);

        Assert.True(e is null || e.Plover != "SUPPORT" || EventTestDocuments.Countries(e.Source) != "KEN");
    }

    [Theory]
    [InlineData("The pause has real consequences for Kurds who are fighting for their freedom.")]
    public void A_relative_with_only_auxiliaries_before_the_trigger_is_no_main_clause(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    [Theory]
    [InlineData("Rebels seized three Italian engineers near the oil field.", "181")]
    [InlineData("Gunmen snatched two French journalists outside the hotel.", "181")]
    [InlineData("Sudanese militiamen grabbed a Nigerian diplomat at a checkpoint.", "181")]
    [InlineData("Thai police seized two tonnes of cocaine at the port.", "1711")]
    public void People_seized_are_taken_captive(string text, string cameo)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal(cameo, e.Cameo);
    }
}
