namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Evaluations told without a copula and a judgement noun: a label after a long object, "has no idea what", "ripping
/// off", "taking advantage of", "is right", "called X very constructive", "one of the most ...". The words come from the
/// shared lists of data/lexicon/evaluation-words.tsv. Sentences written for this test.
/// </summary>
public class EvaluationsTests
{
    [Theory]
    // a degree word lets the label stand after a long object; the owner of the act labelled is judged
    [InlineData("The Chilean wine council called the Argentine decision to tax Chilean-bottled wines and ciders \"deeply disappointing.\"", "CHL", "ARG")]
    [InlineData("Hanoi described Beijing's move to rename the disputed reefs as utterly unacceptable.", "VNM", "CHN")]
    // another "has no idea what it is doing"
    [InlineData("The Kenyan president said the Ugandan parliament has no idea what it is doing.", "KEN", "UGA")]
    [InlineData("\"Paris has no idea how to run a currency union,\" the Italian finance minister said.", "ITA", "FRA")]
    // ripping off or taking advantage of someone
    [InlineData("\"Mexico has been ripping off our farmers for years,\" the Canadian agriculture minister said.", "CAN", "MEX")]
    [InlineData("The French president said Brazil was taking advantage of Europe.", "FRA", "BRA")]
    // "one of the most" after a label verb
    [InlineData("Japan called the Chinese navy one of the most dangerous forces in Asia.", "JPN", "CHN")]
    // trust and credibility denied
    [InlineData("Seoul said on Monday that Pyongyang cannot be trusted.", "KOR", "PRK")]
    [InlineData("The Indian government said the Pakistani report lacked any credibility.", "IND", "PAK")]
    public void An_evaluation_criticises_the_actor_judged(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
        Assert.Equal(("ACCUSE", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("\"Germany is right,\" the Polish prime minister said on Tuesday.", "POL", "DEU")]
    [InlineData("The Ghanaian foreign ministry said Togo was correct to reopen the border.", "GHA", "TGO")]
    [InlineData("Ghana described the talks with Togo as very constructive.", "GHA", "TGO")]
    [InlineData("Egypt called Qatar's mediation truly admirable.", "EGY", "QAT")]
    [InlineData("Seoul called Canada one of the most reliable partners it has.", "KOR", "CAN")]
    // "I'm" holds the first person, the quote's speaker, and is no word of a name after "and"
    [InlineData("\"We won the vote, and I'm very proud of Kenya,\" the Tanzanian president told reporters.", "TZA", "KEN")]
    public void An_evaluation_praises_the_actor_judged(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "051");
        Assert.Equal(("SUPPORT", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // ignorance voiced by the speaker's own side is no judgement
    [InlineData("Kenyan officials said they had no idea where the hostages were held.")]
    [InlineData("\"We have no idea how many fighters crossed,\" the Malian army said.")]
    // "right" of place and time, and a judgement of no actor
    [InlineData("\"The army is right now shelling the town,\" the Ukrainian governor said.")]
    [InlineData("Kenya said the timing was right for a vote.")]
    // a speaker judging itself
    [InlineData("Lithuania said it was right to close the crossing.")]
    [InlineData("Kenyan officials said they cannot be trusted with the keys to the depot.")]
    public void An_evaluation_of_no_other_actor_is_no_event(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo is "111" or "051");
    }
}
