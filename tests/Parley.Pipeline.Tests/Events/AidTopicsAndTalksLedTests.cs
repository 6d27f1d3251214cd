namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 15 families that fix a wrong root: aid named after "over" or "about" is a dispute's topic, not aid given; aid made
/// conditional or tied to terms threatens to reduce it (1311); talks led, chaired or headed are negotiations (046); one's
/// own meeting named as what one praises, or talks named as a trip's purpose, are no second event; "prepared to do our
/// part" is no mobilization. Sentences written for this test.
/// </summary>
public class AidTopicsAndTalksLedTests
{
    [Theory]
    [InlineData("The two leaders argued openly about French aid to Chad.")]
    [InlineData("Lawmakers argued about foreign aid to Egypt for hours.")]
    [InlineData("The parties quarrelled over humanitarian assistance to Gaza.")]
    [InlineData("The debate over aid to Kyiv dragged on.")]
    [InlineData("Donors bickered about aid for Sudan.")]
    [InlineData("Senators fought over military aid to Taiwan.")]
    public void Aid_named_as_a_disputes_topic_is_no_aid_given(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "AID");

    [Theory]
    [InlineData("Biden raised the idea of making economic aid conditional on reforms in Kenya.", "USA")]
    [InlineData("The EU made its budget support to Hungary conditional on judicial reforms.", "IGO")]
    [InlineData("Washington conditioned its aid to Egypt on human rights progress.", "USA")]
    [InlineData("Britain tied its assistance to Malawi to anti-corruption reforms.", "GBR")]
    [InlineData("The IMF made its loans to Argentina conditional on spending cuts.", "IGO")]
    [InlineData("Germany linked its funding for Niger to a return to civilian rule.", "DEU")]
    public void Aid_made_conditional_threatens_to_reduce_it(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "1311");
        Assert.Equal(("THREATEN", source), (e.Plover, EventTestDocuments.Countries(e.Source)));
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "AID");
    }

    [Theory]
    [InlineData("Blinken led ten hours of talks with Chinese officials in Beijing.", "USA")]
    [InlineData("Norway chaired the negotiations between Colombia and the rebels.", "NOR")]
    [InlineData("Qatar headed the talks between Israel and Hamas.", "QAT")]
    [InlineData("Rubio led two rounds of talks with Venezuelan officials in Doha.", "USA")]
    [InlineData("The Kenyan president co-chaired talks with Ethiopian leaders in Nairobi.", "KEN")]
    [InlineData("The Egyptian foreign minister led the negotiations with Ethiopia on the dam.", "EGY")]
    public void Leading_talks_is_negotiating(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "046");
        Assert.Equal("CONSULT", e.Plover);
        Assert.Contains(source, EventTestDocuments.Countries(e.Source), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Japan's prime minister praised his first summit with South Korea's president.", "051")]
    [InlineData("The Kenyan president hailed his talks with the Somali leader.", "051")]
    [InlineData("The Thai prime minister praised his meeting with the Lao president.", "051")]
    [InlineData("The Kenyan president is scheduled to travel to Uganda for talks with President Museveni.", "042")]
    [InlineData("Macron flew to Beijing for meetings with the Chinese leadership.", "042")]
    [InlineData("The Indian minister will visit Dhaka for talks with Bangladeshi officials.", "042")]
    public void Ones_own_meeting_praised_or_a_trips_purpose_is_no_second_event(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == cameo);
        Assert.DoesNotContain(events, e => e.Cameo is "040" or "044" or "046");
    }

    [Theory]
    [InlineData("Seoul welcomed the talks between Washington and Pyongyang.")]
    [InlineData("Indonesia condemned the meeting between Taiwan and the Philippines.")]
    public void Others_talks_named_as_what_is_judged_stay_an_event(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "040");

    [Theory]
    [InlineData("\"We are prepared to do our share,\" the Moldovan president said.")]
    [InlineData("Ghana is ready to play its part in the region.")]
    [InlineData("Chile is prepared to do whatever it takes to end the crisis.")]
    public void Prepared_to_do_ones_part_is_no_mobilization(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "MOBILIZE");

    [Theory]
    [InlineData("Kenya said it was willing to do its part.")]
    [InlineData("Ecuador is willing to do everything to end the dispute.")]
    [InlineData("Peru said it was willing to do its share.")]
    public void Willing_to_do_ones_part_is_an_intent_to_cooperate(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "030" && e.Plover == "AGREE");
}
