namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A target named through whose it is: a counterpart given by a possessive pronoun ("his Peruvian counterpart"), capitals
/// joined by "and" after an appeal, and the doer of a plan, offer, decision or announcement that is backed, rejected or welcomed.
/// </summary>
public class CounterpartsAndDeedOwnersTests
{
    [Theory]
    [InlineData("Chilean President Gabriel Boric signed a trade pact with his Argentine counterpart in Santiago.", "AGREE", "ARG")]
    [InlineData("The Indian foreign minister met her Chinese counterpart Wang Yi on Thursday.", "CONSULT", "CHN")]
    [InlineData("The German chancellor agreed with her French counterpart on a new budget rule.", "AGREE", "FRA")]
    [InlineData("Brazil's foreign minister telephoned his Bolivian counterpart to discuss the drought.", "CONSULT", "BOL")]
    [InlineData("The Nigerian defence minister signed a security accord with his Chadian counterpart Abakar Adoum.", "AGREE", "TCD")]
    [InlineData("Ecuador's president met his counterpart Alberto Fujimori of Peru on Monday.", "CONSULT", "PER")]
    public void A_counterpart_named_after_a_possessive_pronoun_is_the_target(string text, string plover, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Contains(target, EventTestDocuments.Countries(e.Target).Split(','));
    }

    [Theory]
    [InlineData("Rubio and his Chinese counterpart met in Kuala Lumpur on Friday.", "CONSULT", "USA,CHN")]
    [InlineData("Lavrov and his Turkish counterpart held talks in Antalya.", "CONSULT", "RUS,TUR")]
    [InlineData("The Kenyan president and his Ugandan counterpart signed a pipeline deal.", "AGREE", "KEN,UGA")]
    [InlineData("Modi and his Japanese counterpart agreed to expand defence ties.", "AGREE", "IND,JPN")]
    [InlineData("Macron and his German counterpart met in Paris on Monday.", "CONSULT", "FRA,DEU")]
    [InlineData("The Indian minister and her Australian counterpart signed a trade pact.", "AGREE", "IND,AUS")]
    public void A_counterpart_joined_to_its_owner_makes_a_pair_of_two_countries(string text, string plover, string sides)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal(sides, EventTestDocuments.Countries([.. e.Source, .. e.Target]));
    }

    [Theory]
    [InlineData("Pope Francis appealed to Kigali and Kinshasa to end the fighting.", "RWA,COD")]
    [InlineData("The U.N. chief appealed to Tehran and Baghdad on Monday to halt the shelling of cities.", "IRN,IRQ")]
    [InlineData("The Pope appealed to Moscow and Kyiv to agree to a ceasefire.", "RUS,UKR")]
    [InlineData("Qatar pleaded with Cairo and Amman to reopen the crossings.", "EGY,JOR")]
    [InlineData("The Vatican appealed to Addis Ababa and Asmara to free the prisoners.", "ETH,ERI")]
    [InlineData("The Arab League urged Khartoum and Juba to return to talks.", "SDN,SSD")]
    public void Capitals_joined_by_and_are_both_targets(string text, string targets)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");
        Assert.Equal(targets, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Egypt's president threw his weight behind the peace initiative of Saudi Arabia on Monday.", "SUPPORT", "SAU")]
    [InlineData("India threw its weight behind the plan of the Maldives to build a new port.", "SUPPORT", "MDV")]
    [InlineData("Greece rejected the proposal of the Turkish government on the islands.", "REJECT", "TUR")]
    [InlineData("The rebels turned down an offer of limited autonomy from the Indonesian government.", "REJECT", "IDN")]
    [InlineData("Ghana welcomed the decision by Nigeria to reopen the border.", "SUPPORT", "NGA")]
    [InlineData("Japan welcomed the news that North Korea had released the fishermen.", "SUPPORT", "PRK")]
    [InlineData("Lawmakers in Washington welcomed Friday's announcement that Armenia had agreed to the talks.", "SUPPORT", "ARM")]
    [InlineData("The opposition criticised the announcement that Russia would hold exercises in Belarus.", "ACCUSE", "RUS")]
    public void A_deed_that_is_backed_rejected_or_welcomed_points_at_its_doer(string text, string plover, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }
}
