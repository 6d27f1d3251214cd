using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A state body the knowledge base does not know, named by its institution word, belongs to the state named right before
/// it, else to the state the story is mostly about; its institution word gives its sector. Another body's organ and a
/// private body are no state's. A civic body named by its cause ("Peace Rights Foundation") is non-governmental. The
/// sentences are invented for these tests.
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

    [Theory]
    [InlineData("The Lake Chad Rights Foundation condemned the arrests.", "Lake Chad Rights Foundation", "NGO")]
    [InlineData("The Andean Forest Protection Society sued the mining firm.", "Andean Forest Protection Society", "NGO")]
    [InlineData("Leaders of the Rural Empowerment Network marched in Lilongwe.", "Rural Empowerment Network", "NGO")]
    [InlineData("The Coalition for Press Freedom urged the junta to free the reporters.", "Coalition for Press Freedom", "NGO")]
    [InlineData("The Humanitarian Alliance of the Sahel appealed for food aid.", "Humanitarian Alliance of the Sahel", "NGO")]
    [InlineData("The Federation for Civil Liberties criticised the new curfew.", "Federation for Civil Liberties", "NGO")]
    public void A_civic_body_named_by_its_cause_is_non_governmental(string text, string name, string expected) =>
        Assert.Equal(expected, CodeOf(text, name));

    [Theory]
    [InlineData("The Institute for Human Rights Studies published a report.", "Institute for Human Rights Studies")] // research, not advocacy
    public void A_research_body_is_not(string text, string name) =>
        Assert.Equal("none", CodeOf(text, name));
}
