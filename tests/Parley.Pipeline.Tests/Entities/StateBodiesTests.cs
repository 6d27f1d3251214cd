using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A state body the knowledge base does not know, named by its institution word, belongs to the state named right before
/// it, else to the state the story is mostly about; its institution word gives its sector. Another body's organ and a
/// private body are no state's. The sentences are invented for these tests.
/// </summary>
public sealed class StateBodiesTests
{
    private static string CodeOf(string text, string name)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == name);
        return document.Entities[mention.Entity].Actor is { } actor ? actor.Country + actor.Sector : "none";
    }

    [Theory]
    [InlineData("Nepal's Department of Immigration barred a French activist from leaving the country.", "Department of Immigration", "NPLGOV")]
    [InlineData("Lesotho's Directorate on Corruption and Economic Offences charged a former minister.", "Directorate on Corruption and Economic Offences", "LSOGOV")]
    [InlineData("Chile's Chamber of Deputies censured the interior minister on Tuesday.", "Chamber of Deputies", "CHLLEG")]
    [InlineData("Floods hit Malawi again this week. Malawi has asked donors for help. The Department of Water Affairs told residents to leave.", "Department of Water Affairs", "MWIGOV")]
    [InlineData("Bolivia held a referendum on Sunday. Turnout in Bolivia was low. The Plurinational Electoral Tribunal annulled the vote.", "Plurinational Electoral Tribunal", "BOLJUD")]
    [InlineData("Ethiopia's National News Agency reported the attack on Sunday.", "National News Agency", "ETHMED")]
    [InlineData("Uruguay closed its border with Argentina. Storms battered Uruguay and Uruguay's coast at dawn. The Naval Prefecture Corps sealed the river ports.", "Naval Prefecture Corps", "URYMIL")]
    public void A_state_body_belongs_to_the_state_named_before_it_or_the_storys(string text, string name, string expected) =>
        Assert.Equal(expected, CodeOf(text, name));

    [Theory]
    [InlineData("Peru's Chamber of Commerce criticised the new tax.", "Chamber of Commerce")] // a private body
    [InlineData("The Directorate of Water Affairs warned residents on Monday.", "Directorate of Water Affairs")] // no state named anywhere
    public void A_body_with_no_state_named_or_a_private_one_is_no_states(string text, string name) =>
        Assert.Equal("none", CodeOf(text, name));
}
