namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A list that ends in a conjunct naming no one ("Zambia and other debtor states", "Kenya and its neighbours") still
/// reaches its verb: the named members act, whether the list is the subject or the body its speakers stand for.
/// The unnamed conjunct joins nothing named, so names joined by commas alone stay apart.
/// </summary>
public class UnnamedConjunctsTests
{
    [Theory]
    [InlineData("Finance ministers of Zambia and other debtor states appealed to the creditors to write off their loans.", "REQUEST", "ZMB")]
    [InlineData("Trade ministers of Ghana and several other cocoa producers demanded higher prices from European buyers.", "REQUEST", "GHA")]
    [InlineData("Defence officials of Kenya and its neighbours condemned the raid on the border post.", "ACCUSE", "KEN")]
    [InlineData("Since the coup, Canada and other Western governments have repeatedly called for fresh elections in Mali.", "REQUEST", "CAN")]
    [InlineData("Foreign ministers of Peru and fellow Andean states criticized the decision on Monday.", "ACCUSE", "PER")]
    [InlineData("Oil ministers of Nigeria and some other African producers rejected the proposed quota.", "REJECT", "NGA")]
    public void The_named_members_of_a_list_ending_in_an_unnamed_conjunct_act(string text, string plover, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, country), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Fact]
    public void Names_joined_by_commas_alone_stay_apart_before_an_unnamed_conjunct()
    {
        var e = EventTestDocuments.Best("If Russia attacks Estonia, NATO and its allies will respond.");
        Assert.NotNull(e);
        Assert.Equal(("RUS", "EST"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
