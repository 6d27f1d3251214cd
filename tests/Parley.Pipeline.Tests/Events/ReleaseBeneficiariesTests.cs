namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 51: in an appeal, demand or pressure for someone's release, bail, pardon, freedom or dropped charges, that person is
/// the one helped, never the one asked (ReleaseBeneficiaries, EventCoder.TargetFinishers.Beneficiaries.cs). The addressee named
/// in the clause stays. Sentences written for these tests.
/// </summary>
public sealed class ReleaseBeneficiariesTests
{
    private static bool Names(Parley.Core.Document document, Parley.Core.EventActor actor, string words) =>
        document.Slice(actor.Range).ToString().Contains(words, StringComparison.Ordinal);

    [Theory]
    [InlineData("Canada pressed for Viktor Orban's release on Monday.", "Viktor Orban")]
    [InlineData("The Swedish government called for the immediate release of the detained Iranian journalists.", "journalists")]
    [InlineData("Lawyers for Ali Khamenei asked that he be freed on bail.", "he")]
    [InlineData("Britain urged the court to grant bail to the Egyptian activists.", "activists")]
    [InlineData("France demanded that charges against the Turkish reporters be dropped.", "reporters")]
    public void The_one_whose_release_is_sought_is_not_the_target(string text, string helped)
    {
        var document = EventTestDocuments.Run(text);
        var asks = document.Events.Where(e => e.Plover == "REQUEST").ToList();
        Assert.NotEmpty(asks);
        Assert.All(asks, e => Assert.DoesNotContain(e.Target, a => Names(document, a, helped)));
    }

    [Theory]
    [InlineData("Germany urged Belarus to free the jailed Polish activists.", "BLR")]
    [InlineData("The European Union called on Iran to release the French tourists.", "IRN")]
    public void The_addressee_named_in_the_clause_stays_the_target(string text, string addressee) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST" && EventTestDocuments.Countries(e.Target).Contains(addressee, StringComparison.Ordinal));

    [Theory]
    [InlineData("Canada demanded the release of three of its citizens detained in Venezuela.", "VEN")]
    public void A_place_of_detention_in_the_sentence_still_names_the_holder(string text, string holder) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST" && EventTestDocuments.Countries(e.Target) == holder);

    [Theory]
    [InlineData("Hamas demanded Israel's release of the Palestinian prisoners.", "ISR")]
    [InlineData("The Vatican urged Russia to return the Ukrainian children.", "RUS")]
    public void A_releaser_is_not_a_beneficiary(string text, string asked) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST" && EventTestDocuments.Countries(e.Target).Contains(asked, StringComparison.Ordinal));
}
