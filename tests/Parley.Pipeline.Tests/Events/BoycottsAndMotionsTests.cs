namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Forms counted among the triggers no row read (docs/PATTERNS.md, "Triggers never read", session 31), each coded one way
/// by gold: staying away from a sitting and a bare walkout are boycotts (143), suspending someone from duties and voting
/// to oust someone are administrative sanctions (172), tabling a motion of no confidence demands a change of leadership
/// (1041). The look-alikes beside them code nothing of those rows. Sentences written for this test.
/// </summary>
public class BoycottsAndMotionsTests
{
    [Theory]
    [InlineData("Kenyan opposition lawmakers stayed away from the parliamentary session on Tuesday.", "protest.stay-away-sitting.v1", "143", "KEN")]
    [InlineData("Junior doctors in Nepal stayed away from the hospitals for a third day.", "protest.stay-away-sitting.v1", "143", "NPL")]
    [InlineData("Bolivian opposition senators walked out as the minister began to speak.", "protest.walk-out-bare.v1", "143", "BOL")]
    [InlineData("The Ghanaian interior minister suspended the regional police commander from his duties.", "coerce.suspend-from-duties.v1", "172", "GHA")]
    [InlineData("Nepal's main opposition party tabled a motion of no confidence in the government on Monday.", "request.no-confidence-motion.v1", "1041", "NPL")]
    [InlineData("Peru's Congress voted on Thursday to remove the president from office.", "coerce.vote-to-remove-from-office.v1", "172", "PER")]
    public void Each_form_codes_its_one_gold_code(string text, string rule, string cameo, string source) =>
        EventTestDocuments.AssertRuleCodes(text, rule, cameo, source);

    [Theory]
    [InlineData("The trapped Bolivian miners walked out of the shaft alive on Sunday.", "protest.walk-out-bare.v1")]
    [InlineData("Peruvian lawmakers voted against a motion to remove the speaker.", "coerce.vote-to-oust.v1")]
    [InlineData("Kenya's parliament voted to remove the separatist movement from its list of banned groups.", "coerce.vote-to-remove-from-office.v1")]
    [InlineData("Nepal's lawmakers voted on Friday to oust the speaker of the house.", "none.vote-against-oust.v1")]
    [InlineData("The Kenyan president stayed away from politics for a decade after leaving office.", "protest.stay-away-sitting.v1")]
    public void Look_alikes_code_nothing_of_the_row(string text, string rule) => EventTestDocuments.AssertRuleSilent(text, rule);
}
