namespace Parley.Pipeline.Tests.Entities;

/// <summary>Two nationalities in a row name a community: which of them is the actor's country.</summary>
public sealed class CommunityDemonymsTests
{
    [Theory]
    // a nationality before a state's citizens ("Turkish Cypriots"): the community belongs to the second state
    [InlineData("Turkish Cypriot negotiators left the talks in Nicosia.", "CYP", "TUR")]
    [InlineData("A Greek Cypriot fisherman was detained off the coast.", "CYP", "GRC")]
    [InlineData("The Turkish Cypriot authorities opened two crossings on Wednesday.", "CYP", "TUR")]
    [InlineData("A Palestinian American journalist was barred from entering the West Bank.", "USA", "PSE")]
    [InlineData("Lebanese Australian families protested outside the consulate in Sydney.", "AUS", "LBN")]
    [InlineData("An Iranian Canadian academic was sentenced in Tehran.", "CAN", "IRN")]
    public void A_nationality_before_a_states_citizens_is_no_actor_of_its_own(string text, string actor, string absent)
    {
        var mentions = EntityTestDocuments.Mentions(EntityTestDocuments.Run(text));
        Assert.Contains($"[{actor}]", mentions, StringComparison.Ordinal);
        Assert.DoesNotContain($"[{absent}]", mentions, StringComparison.Ordinal);
    }

    [Theory]
    // an ethnic people after a state's nationality ("Bosnian Serbs"): the first word still names the state they live in
    [InlineData("Bosnian Serb gunners shelled the enclave overnight.", "BIH")]
    [InlineData("Bosnian Croat leaders signed the federation accord.", "BIH")]
    public void An_ethnic_people_after_a_nationality_keeps_the_state_they_live_in(string text, string actor) =>
        Assert.Contains($"[{actor}]", EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
}
