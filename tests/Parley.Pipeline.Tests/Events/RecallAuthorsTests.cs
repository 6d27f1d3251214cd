namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Who acts though a preposition governs them: the author of a text that is the clause's subject ("A letter from X asked
/// ..."), and the agent of a passive after its "as" complement ("was condemned as a sham by X").
/// </summary>
public class RecallAuthorsTests
{
    [Theory]
    [InlineData("A letter from Egyptian President Abdel Fattah el-Sissi, handed to Ethiopian diplomats on Monday, urged Ethiopia to share more Nile water.", "REQUEST", "EGY", "ETH")]
    [InlineData("A statement by the Kenyan foreign ministry condemned the attack on its embassy in Juba.", "ACCUSE", "KEN", "SSD")]
    [InlineData("A message from Pope Francis urged Russia and Ukraine to exchange prisoners.", "REQUEST", "VAT", "RUS,UKR")]
    [InlineData("The communique from Egypt's foreign ministry accused Ethiopia of breaking the agreement.", "ACCUSE", "EGY", "ETH")]
    [InlineData("A 2023 report by Human Rights Watch accused Ethiopian forces of ethnic cleansing.", "ACCUSE", "NGO", "ETH")]
    [InlineData("A letter signed by Chinese officials warned Lithuania against opening the office.", "THREATEN", "CHN", "LTU")]
    public void A_texts_author_acts_through_it(string text, string plover, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("The protest was denounced as illegal by the Serbian government.", "111", "SRB")]
    [InlineData("The referendum was rejected as a farce by the Ukrainian government.", "120", "UKR")]
    [InlineData("The sanctions were criticized as unjust by Zimbabwe's president Emmerson Mnangagwa.", "111", "ZWE")]
    [InlineData("The new law was welcomed as a step forward by the European Union.", "051", "IGO")]
    // Dismissed "as" a condemning word is a verdict (111, round 65's dismissing label row), by the passive's agent.
    [InlineData("The election was dismissed as fraudulent by the Belarusian opposition.", "111", "BLR")]
    [InlineData("The execution of the writer by Nigeria's military government was condemned as judicial murder by Britain on Friday.", "111", "GBR")]
    public void A_passives_agent_after_its_as_complement_is_its_source(string text, string cameo, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    // A text's subject with no author named ("A letter ... urged") and a clause opening with a preposition give no author.
    [InlineData("A letter delivered to Ankara on Monday urged restraint.", "REQUEST")]
    [InlineData("In a letter to Kenya, the officials urged restraint.", "REQUEST")]
    public void No_author_is_read_where_none_is_named(string text, string plover)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == plover && e.Source.Count > 0);
    }
}
