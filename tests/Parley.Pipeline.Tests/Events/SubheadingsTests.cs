namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A subheading glued onto the next sentence (the page lost its line break) names a topic: its words are no act, while the
/// sentence it is glued to is read as usual.
/// </summary>
public class SubheadingsTests
{
    [Theory]
    [InlineData("Ghana expelled a diplomat. Ghana’s protest to Togo The foreign ministry summoned Togo’s ambassador on Tuesday.", "protest to", "summoned")]
    [InlineData("Lithuania opened an office in Taipei. Chinese sanctions on Lithuania In December, Beijing blocked imports from Lithuania.", "sanctions", "blocked imports")]
    [InlineData("Power failed across Ukraine. Russian strikes on Kharkiv Both cities lost power after Moscow shelled them on Sunday.", "strikes on", "shelled")]
    [InlineData("The West Bank saw unrest. Israeli raids in Jenin According to the army, Israeli soldiers arrested 12 Palestinians.", "raids", "arrested")]
    [InlineData("Seoul protested the launch. Northern threats “We will strike Seoul if provoked,” Kim Yo Jong said on Friday.", "threats", "will strike")]
    [InlineData("Protests went on in Dhaka. Police crackdown on students Since Monday, Bangladeshi police have detained 40 students.", "crackdown", "detained")]
    public void Acts_named_in_a_glued_subheading_are_no_events(string text, string heading, string body)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).Equals(heading, StringComparison.Ordinal));
        Assert.Contains(document.Events, e => document.TextOf(e.Trigger).StartsWith(body, StringComparison.Ordinal));
    }

    [Theory]
    // Running prose: a verb runs through the opening words, or the capitalised word after them is a name's article after a
    // preposition.
    [InlineData("Russian strikes on Kharkiv killed two people on Sunday, Ukrainian officials said.", "strikes on")]
    [InlineData("Kenya condemned The Gambia on Monday over the arrests.", "condemned")]
    [InlineData("Rwanda also accused The Congolese army of shelling Gisenyi.", "accused")]
    [InlineData("Nigeria said The army had arrested 20 militants in Borno.", "arrested")]
    [InlineData("Colombia sued Nicaragua before The Hague court in 2013.", "sued")]
    [InlineData("Ukraine said Russian strikes on The Kharkiv region killed two, officials said.", "strikes on")]
    [InlineData("Ethiopia has accused Egypt of backing The rebels in Amhara, officials said.", "accused")]
    public void Prose_that_opens_a_sentence_is_no_subheading(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.Ordinal));
    }
}
