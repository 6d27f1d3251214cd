namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A passive killing or wounding with no by-phrase that befell its subject "in a clash with", "during fighting with" or "in an
/// exchange of fire with" another party was done by that party; a with-phrase after anything but an armed encounter names no doer.
/// </summary>
public class EncounterAgentTests
{
    [Theory]
    [InlineData("Four Peruvian soldiers were killed in a clash with Ecuadorian troops near the river.", "ECU", "PER")]
    [InlineData("Two Nigerien gendarmes were wounded during heavy fighting with Malian soldiers on Sunday.", "MLI", "NER")]
    [InlineData("A Thai ranger was killed in a short exchange of fire with Cambodian troops.", "KHM", "THA")]
    public void The_other_party_of_the_encounter_is_the_attacker(string text, string source, string target) =>
        EventTestDocuments.AssertSides(text, "ASSAULT", source, target);

    [Fact]
    public void A_with_phrase_after_no_encounter_names_no_attacker()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("Two Kenyan soldiers were killed in a meeting with Somali officials.").Events,
            e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Source) == "SOM");
    }
}
