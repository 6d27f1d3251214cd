namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An inquiry into crime told of a person without its agent ("was being investigated") is the state's, as an arrest is
/// (StateActs.IsInquiry, +source.state); and a state's act on one of its own officials is still an act between two sides.
/// </summary>
public class StateInquiriesTests
{
    [Theory]
    [InlineData("Kenya is counting the votes, and Kenya's courts are ready for appeals. Kenyan opposition leader Raila Odinga is being investigated over the rally, officials said.", "KEN")]
    [InlineData("Peru is in turmoil, and Peru's congress is divided. Peruvian President Dina Boluarte was investigated over the purchase of luxury watches.", "PER")]
    public void A_passive_inquiry_is_the_states(string text, string country)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("09", StringComparison.Ordinal));
        Assert.Equal((country, country), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.EndsWith("+source.state", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // An agent named after "by" investigates; a thing investigated names no one the inquiry befalls.
    [InlineData("Kenya is counting the votes, and Kenya's courts are ready for appeals. Kenyan opposition leader Raila Odinga is being investigated by a newspaper.")]
    [InlineData("Kenya is counting the votes, and Kenya's courts are ready for appeals. The fire at the depot is being investigated.")]
    public void Inquiries_with_an_agent_or_no_person_get_no_state(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.state", StringComparison.Ordinal) && e.Cameo.StartsWith("09", StringComparison.Ordinal));
    }

    [Theory]
    // A state may detain its own minister: the official's code matching the state's is no reason to drop the act.
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. Ghanaian Finance Minister Kofi Asante Boateng was arrested in Accra on Monday.", "GHA")]
    public void A_state_act_on_its_own_official_keeps_its_source(string text, string country)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "173");
        Assert.Equal((country, country), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
