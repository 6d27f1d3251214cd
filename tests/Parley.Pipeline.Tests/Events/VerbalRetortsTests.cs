namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 51: words of war used for words, and criticisms read as other acts. "Hit back" followed by a speech participle or a
/// statement is a verbal retort (ACCUSE 111/112, no 190); criticism rejected "as" meddling or an insult judges its author
/// (111); a wrong named in a free relative ("what he called its aggression") accuses its doer (112, NamedWrongs); a wrong
/// said "in a report" is the reporter's accusation (ReportedWrongs). Sentences written for this test.
/// </summary>
public class VerbalRetortsTests
{
    [Theory]
    [InlineData("Kenya's foreign minister hit back on Thursday, accusing Uganda of arming the rebels in the north.", "112", "KEN")]
    [InlineData("The Tanzanian president hit back within hours, calling the Kenyan leader a liar.", "111", "TZA")]
    [InlineData("The Zambian president hit back on Friday, writing on social media that the bank was bullying his country.", "111", "ZMB")]
    [InlineData("The Malawian government hit back at the report, saying it was full of errors.", "111", "MWI")]
    public void A_retort_in_words_is_no_fight(string text, string cameo, string source)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == cameo && e.Rule.StartsWith("accuse.hit-back-", StringComparison.Ordinal)
            && EventTestDocuments.Countries(e.Source) == source);
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_retort_in_arms_stays_a_fight() =>
        Assert.Contains(EventTestDocuments.Run("Ukrainian forces hit back at Russian positions near the river overnight.").Events,
            e => e.Cameo == "190" && e.Rule.StartsWith("assault.hit-back", StringComparison.Ordinal));

    [Fact]
    public void Criticism_rejected_as_meddling_judges_its_author() =>
        Assert.Contains(EventTestDocuments.Run("Chile's foreign ministry rejected the criticism as flagrant interference in its internal affairs.").Events,
            e => e.Cameo == "111" && e.Rule.StartsWith("accuse.dismiss-criticism-as-label", StringComparison.Ordinal));

    [Fact]
    public void Criticism_rejected_as_false_stays_a_denial() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Chile's foreign ministry rejected the criticism as baseless.").Events,
            e => e.Rule.StartsWith("accuse.dismiss-criticism-as-label", StringComparison.Ordinal));

    [Theory]
    [InlineData("Ghana's president voted early, despite what she described as a campaign of interference by Togo.", "GHA", "TGO")]
    [InlineData("Algeria cut ties with Tunisia over what it called hostile acts.", "DZA", "TUN")]
    public void A_wrong_named_in_a_free_relative_accuses_its_doer(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "112" && e.Rule.StartsWith("accuse.what-", StringComparison.Ordinal)
            && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Zambia condemned what it called a campaign of intimidation by Angola.")]
    [InlineData("The envoy called for an end to the aggression against Chad.")]
    [InlineData("Peru called the aggression by its neighbour a matter for the courts.")]
    [InlineData("Bolivia is expected to push back against what La Paz calls Chilean meddling.")]
    [InlineData("Ecuador rejected what it called interference by Colombia in its elections.")]
    public void A_condemned_or_unnamed_wrong_is_no_free_relative_accusation(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith("accuse.what-", StringComparison.Ordinal));

    [Fact]
    public void A_wrong_said_in_a_report_is_the_reporters_accusation() =>
        Assert.Contains(EventTestDocuments.Run("Human Rights Watch said in a report on Monday that Ethiopian forces had shelled the village.").Events,
            e => e.Cameo.StartsWith("112", StringComparison.Ordinal) && e.Rule == "accuse.reported-wrong.v1" && EventTestDocuments.Countries(e.Target) == "ETH");
}
