using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 51: a trip or a mission a side "would" make is the trip foretold (CAMEO 042 future; PLOVER keeps the announcement,
/// AGREE), and since round 63 so is a meeting or talks it "would hold" or "meet" (040 future; a condition keeps an intent
/// to meet, 036); and a vow or announcement whose act is punitive,
/// coercive or violent is a threat (13x), not an intent to cooperate (frames.tsv round 51 rows). Sentences written for this test.
/// </summary>
public class AnnouncedActsAndVowsTests
{
    [Theory]
    [InlineData("The Kenyan foreign ministry said it would send a delegation to Kampala to meet the rival factions.", "042")]
    [InlineData("The Chilean president said he would travel to Lima next month for the trade summit.", "042")]
    [InlineData("The Danish prime minister said she would convene the leaders of the Nordic states in Oslo.", "040")]
    [InlineData("Norway said it would hold talks with Chile next week.", "040")]
    [InlineData("The Estonian premier said she would meet the leaders of the opposition parties on Friday.", "040")]
    [InlineData("The Bolivian labour ministry said it would hold a meeting with the miners' unions in the coming days.", "040")]
    public void A_trip_announced_with_would_is_the_trip_foretold(string text, string cameo) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo && e.Plover == "AGREE" && e.Factuality == Factuality.Future
            && e.Rule.StartsWith("frame.modal.v1+consult.", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Peruvian president said he would travel to Beijing when conditions allowed.")]
    [InlineData("Norway said it would hold talks with Chile if the blockade were lifted.")]
    [InlineData("The Estonian premier said she would meet the opposition leaders when conditions allowed.")]
    [InlineData("The Kenyan foreign ministry said it would dispatch an envoy to Kampala to ease tensions.")]
    public void Talks_on_a_condition_a_meeting_or_trip_when_conditions_allow_and_an_envoy_stay_an_intent_to_meet(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "036");

    [Theory]
    [InlineData("The Ghanaian president said those who planned the raid on the depot will be held accountable.", "130", "GHA")]
    [InlineData("The Malian interior minister said the gunmen would be brought to justice.", "130", "MLI")]
    [InlineData("The Malian interior minister said the gunmen would be arrested and punished.", "130", "MLI")]
    [InlineData("Peru vowed to take measures against Bolivia over the border dispute.", "130", "PER")]
    [InlineData("The Ecuadorian governor said the police would take action against those responsible for the looting.", "130", "ECU")]
    [InlineData("The Kenyan president said his government would defend every inch of its territory against Somalia.", "138", "KEN")]
    [InlineData("The Nigerian army vowed to eradicate the insurgents in the northeast.", "130", "NGA")]
    [InlineData("The Bolivian army chief said the offensive against the rebels would continue until the last camp fell.", "138", "BOL")]
    [InlineData("The Argentine government vowed that the crackdown on smugglers would continue.", "137", "ARG")]
    [InlineData("The Chilean union leader warned that the protests would continue until the minister resigned.", "133", "CHL")]
    public void A_punitive_or_violent_act_vowed_or_announced_is_a_threat(string text, string cameo, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo && e.Plover == "THREATEN"
            && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    [InlineData("Analysts said the war would continue for years.")]
    [InlineData("The Vietnamese minister pledged to take measures to curb inflation.")]
    [InlineData("The Chilean union leader said the protests would not continue after the deal.")]
    public void A_forecast_a_pledge_of_policy_or_a_negation_is_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
}
