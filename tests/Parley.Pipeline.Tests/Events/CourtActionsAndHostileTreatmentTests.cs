namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 64 (triggersB64, docs/PATTERNS.md "Legal action and hostile treatment never read"): petitioning a court, lodging
/// a petition or an appeal, and appealing a verdict sue (115); saying one will regard ships or forces as hostile, or that
/// an act would be treated as an act of war, threatens force (138). The look-alikes beside them code nothing of those
/// rows. Sentences written for this test.
/// </summary>
public class CourtActionsAndHostileTreatmentTests
{
    [Theory]
    [InlineData("Kenya's main opposition party filed a petition at the Supreme Court on Monday.", "accuse.file-petition.v1", "115", "KEN")]
    [InlineData("Zambian prosecutors lodged appeals with the High Court on Friday.", "accuse.file-petition.v1", "115", "ZMB")]
    [InlineData("Ghanaian prosecutors appealed against the acquittal of the former minister.", "accuse.appeal-against.v1", "115", "GHA")]
    [InlineData("Malawian prosecutors appealed the verdict within a week.", "accuse.appeal-ruling.v1", "115", "MWI")]
    [InlineData("A group of Nepalese senators petitioned the court in March.", "accuse.petition-court.v1", "115", "NPL")]
    [InlineData("Iran said on Sunday that it would regard foreign warships in the strait as hostile.", "threaten.regard-as-enemy.v1", "138", "IRN")]
    public void Each_form_codes_its_gold_code(string text, string rule, string cameo, string source) =>
        EventTestDocuments.AssertRuleCodes(text, rule, cameo, source);

    [Theory]
    [InlineData("Kenyan doctors treated the wounded as they arrived at the hospital.", "threaten.treat-as-enemy.v1")]
    [InlineData("The Ghanaian minister said the plan would appeal to young voters.", "accuse.appeal-ruling.v1")]
    [InlineData("Nepal's lawmakers filed out of the chamber after the vote.", "accuse.file-petition.v1")]
    [InlineData("Zambia regards the mining law as a model for the region.", "threaten.regard-as-enemy.v1")]
    public void Look_alikes_code_nothing_of_the_row(string text, string rule) => EventTestDocuments.AssertRuleSilent(text, rule);
}
