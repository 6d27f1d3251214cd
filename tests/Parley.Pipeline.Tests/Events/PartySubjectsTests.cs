namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A one-word party name a party word follows, maybe past a gloss in brackets ("the Umma (Nation) party", "the ruling KANU
/// party"), is an uncoded named subject: of the one country its sentence's actors name; "ruling" makes it the government.
/// </summary>
public class PartySubjectsTests
{
    [Theory]
    [InlineData("The Islamist Nahda (Renaissance) party said it would boycott the elections called by Tunisia's president.", "TUN", "OPP")]
    [InlineData("The ruling Zanu party has threatened to expel Zimbabwe's white farmers.", "ZWE", "GOV")]
    [InlineData("The nationalist Ittihad movement rejected Egypt's new constitution on Tuesday.", "EGY", "OPP")]
    [InlineData("The small Vatan (Homeland) party accused Turkey's army of meddling.", "TUR", "OPP")]
    [InlineData("The governing Sajudis movement criticized Lithuania's central bank.", "LTU", "GOV")]
    [InlineData("The leftist Kasama front demanded that Peru's congress be dissolved.", "PER", "OPP")]
    public void A_party_named_by_one_word_and_a_party_word_is_the_subject(string text, string country, string sector)
    {
        var events = EventTestDocuments.Run(text).Events.Where(e => e.Rule.Contains("+source.name", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
            Assert.Equal((country, sector), (EventTestDocuments.Countries(e.Source), e.Source[0].Code.Sector));
    }

    [Theory]
    // A one-word name with no party word after it is too often a tagging slip to be read as a subject.
    [InlineData("The Nahda said it would boycott the elections called by Tunisia's president.")]
    // An unclosed bracket is no gloss.
    [InlineData("The Vatan (Homeland party accused Turkey's army of meddling.")]
    public void A_one_word_name_without_a_party_word_is_no_subject(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.name", StringComparison.Ordinal));
    }
}
