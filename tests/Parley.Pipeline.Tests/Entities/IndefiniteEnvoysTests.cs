namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "a Chinese envoy", "an Egyptian minister": a nationality and a lower-case government title after an indefinite article
/// as the subject name no office holder, so they are the country's government agent; "the Chinese president" is its holder (UnnamedOfficesTests).
/// </summary>
public sealed class IndefiniteEnvoysTests
{
    [Theory]
    [InlineData("A Qatari envoy shuttled between the two delegations in Doha.", "Qatari envoy=Agent>Qatar[QAT]")]
    [InlineData("An Egyptian minister crossed into Gaza on Sunday.", "Egyptian minister=Agent>Egypt[EGY]")]
    [InlineData("A Norwegian diplomat brokered the ceasefire between the rebels and the army.", "Norwegian diplomat=Agent>Norway[NOR]")]
    [InlineData("A papal envoy carried the proposal to both capitals.", "papal envoy=Agent>Vatican City[VAT]")]
    [InlineData("After the shooting, a Turkish diplomat protested to the police chief.", "Turkish diplomat=Agent>Turkey[TUR]")]
    [InlineData("A Saudi ambassador was expelled from Tehran.", "Saudi ambassador=Agent>Saudi Arabia[SAU]")]
    public void An_indefinite_government_title_is_the_countrys_agent(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    // an indefinite object is left alone: it would take the story's country from the sentence's bare institutions
    [InlineData("The foreign ministry summoned a Danish diplomat on Tuesday.", "Danish diplomat=")]
    public void An_indefinite_object_is_not(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
}
