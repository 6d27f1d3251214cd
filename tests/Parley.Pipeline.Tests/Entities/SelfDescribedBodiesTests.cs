using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A body the knowledge base does not know says what it is: by a description right after its name ("the Unity Framework, an
/// alliance of Shiite parties,", "the Renewal Front, which includes the Green Path party,") or by its own head word ("the
/// Autonomous Electoral Commission", "the Independent Agency Against Corruption", "the National Renewal Front"). It takes the
/// sector the description or the word gives and the country a country word in the description gives, else the country the
/// story is about when the sentence names no other. Look-alikes: a person described after a name, a transnational body, a
/// council that names no state, a body no country places. The sentences are invented for these tests.
/// </summary>
public sealed class SelfDescribedBodiesTests
{
    private static string CodeOf(string text, string name)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == name);
        var entity = document.Entities[mention.Entity];
        return entity.Actor is { } actor ? actor.Country + actor.Sector : "none " + entity.Type;
    }

    [Theory]
    [InlineData("Fighting went on in Chad this week. The Mandoul Clinics Network, a medical group tracking casualties, accused the army of shelling a market.", "Mandoul Clinics Network", "TCDNGO")]
    [InlineData("Parliament in Iraq stayed deadlocked. The Unity Framework, an alliance of Shiite parties, accused the speaker of stalling the budget.", "Unity Framework", "IRQ")]
    [InlineData("Protests spread in Algeria. The Democratic Renewal Front, which includes the small Green Path party, accused the government of jailing critics.", "Democratic Renewal Front", "DZA")]
    [InlineData("Clashes erupted in Niger again. The Tillaberi Defence Union, an armed group active near the border, claimed the ambush.", "Tillaberi Defence Union", "NERREB")]
    [InlineData("The Kivu Solidarity Platform, a Congolese rights group, condemned the arrests in Goma.", "Kivu Solidarity Platform", "CODNGO")]
    [InlineData("Voting ended in Peru. The Civic Watch Platform (CWP), a coalition of rights groups, reported fraud.", "Civic Watch Platform", "PERNGO")]
    [InlineData("Floods hit Malawi on Monday. In response, Brightwells International, a Dutch nongovernmental agency that digs wells, sent pumps.", "Brightwells International", "NLDNGO")]
    public void A_description_after_the_name_says_what_body_it_is(string text, string name, string expected) =>
        Assert.Equal(expected, CodeOf(text, name));

    [Theory]
    [InlineData("Senegal prepared for the vote. The Autonomous Electoral Commission barred three candidates from the ballot.", "Autonomous Electoral Commission", "SENGOV")]
    [InlineData("Ukraine's president signed a law. The National Bureau Against Fraud opened an inquiry into a deputy mayor.", "National Bureau Against Fraud", "UKRGOV")]
    [InlineData("Tension rose in Tunisia. The National Salvation Bloc called for new elections.", "National Salvation Bloc", "TUN")]
    [InlineData("Rain fell across Sudan. The Transitional Sovereignty Council dismissed two governors.", "Transitional Sovereignty Council", "SDNGOV")]
    [InlineData("Mongolia's cabinet met on Monday. The Independent Agency Against Corruption questioned two ministers.", "Independent Agency Against Corruption", "MNGGOV")]
    [InlineData("Voters in Guatemala waited. The Supreme Electoral Tribunal of the Republic annulled the results in two towns.", "Supreme Electoral Tribunal of the Republic", "GTMJUD")]
    [InlineData("Colombia's rebels met in the jungle. The Popular Liberation Front rejected the offer.", "Popular Liberation Front", "COLREB")]
    [InlineData("Floods hit Malawi. Malawi has asked donors for help. The Lakeshore Refugee Service opened two shelters.", "Lakeshore Refugee Service", "MWINGO")]
    [InlineData("Kenya's courts were closed. The National Prison Service moved the inmates to Naivasha.", "National Prison Service", "KENGOV")]
    public void A_name_whose_head_says_what_it_is_acts_as_that_body_of_the_storys_country(string text, string name, string expected) =>
        Assert.Equal(expected, CodeOf(text, name));

    [Theory]
    [InlineData("The Autonomous Electoral Commission barred three candidates from the ballot.", "Autonomous Electoral Commission")] // no country anywhere
    [InlineData("Peru held talks with Chile. The Coastal Fisheries Commission set new quotas.", "Coastal Fisheries Commission")] // two countries, none the story's
    [InlineData("Mali's junta met. The Sahel Development Authority of West Africa, a regional body, set new quotas.", "Sahel Development Authority of West Africa")] // no state's body
    [InlineData("Kenya's economy grew. The Lakeside Council met to plan a festival.", "Lakeside Council")] // a council that names no state
    [InlineData("Fighting went on in Chad. The Unity Framework met on Monday in Paris with France's envoy.", "Unity Framework")] // another country named, nothing said
    [InlineData("Kenya's courts were closed. The Coastline Television Network aired the ruling.", "Coastline Television Network")] // an outlet
    [InlineData("Kenya's courts were closed. The Harbour Pilots Service refused the new rota.", "Harbour Pilots Service")] // a service the state's by nothing
    public void A_body_nothing_places_or_a_transnational_one_is_no_states(string text, string name) =>
        Assert.StartsWith("none", CodeOf(text, name));

    [Fact]
    public void A_person_described_after_the_name_stays_a_person()
    {
        var document = EntityTestDocuments.Run("Fighting went on in Chad. Halima Oumar, a leader of the opposition alliance, said talks had failed.");
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == "Halima Oumar");
        Assert.Equal(EntityType.Person, document.Entities[mention.Entity].Type);
    }

    [Fact]
    public void An_allys_country_in_the_description_is_not_the_bodys()
    {
        Assert.Equal("IRQ", CodeOf("Parliament in Iraq stayed deadlocked. Iraq's budget was late. The Unity Framework, an alliance of Iran-aligned parties, accused the speaker.", "Unity Framework"));
    }
}
