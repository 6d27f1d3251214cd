namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Word families of roots 01-09 that no row read (docs/PATTERNS.md, "Triggers never read for roots 01-09", session 32,
/// round 64): a phone call told by the bare verb "called" with a counterpart or a congratulation (041), a message of
/// solidarity sent (018), and the acts of an inquiry: searching premises, opening a criminal case, questioning a suspect
/// (090). The look-alikes beside them code nothing of those rows. Sentences written for this test.
/// </summary>
public class UntriggeredFamilies64Tests
{
    [Theory]
    [InlineData("The Greek prime minister called his Bulgarian counterpart on Monday to discuss the border dispute.", "consult.call-counterpart.v1", "041", "GRC")]
    [InlineData("Chile's president called the Peruvian president on Friday to congratulate him on his victory.", "consult.call-to-congratulate.v1", "041", "CHL")]
    [InlineData("The Brazilian president sent a message of solidarity to the people of Haiti after the earthquake.", "support.message-solidarity.v1", "018", "BRA")]
    [InlineData("Turkish police searched the home of the opposition mayor on Tuesday.", "accuse.search-premises.v1", "090", "TUR")]
    [InlineData("Italian prosecutors opened a criminal case against the ship's captain.", "accuse.open-criminal-case.v1", "090", "ITA")]
    [InlineData("Spanish investigators questioned the suspect for six hours.", "accuse.question-suspect.v1", "090", "ESP")]
    public void Each_form_codes_its_act(string text, string rule, string cameo, string source) =>
        EventTestDocuments.AssertRuleCodes(text, rule, cameo, source);

    [Theory]
    [InlineData("Chile's foreign minister called on Peru to congratulate the winners of the vote.", "consult.call-to-congratulate.v1")]
    [InlineData("The Greek minister called for his counterpart to resign.", "consult.call-counterpart.v1")]
    [InlineData("The senator questioned whether the suspect had acted alone.", "accuse.question-suspect.v1")]
    [InlineData("Turkish rescuers searched the rubble for survivors.", "accuse.search-premises.v1")]
    [InlineData("The Brazilian president sent a message to the people of Haiti.", "support.message-solidarity.v1")]
    public void Look_alikes_code_nothing_of_the_row(string text, string rule) => EventTestDocuments.AssertRuleSilent(text, rule);
}
