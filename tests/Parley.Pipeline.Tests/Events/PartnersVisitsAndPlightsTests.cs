namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Targets a phrase after the object names: the partner of an owned summit or deal ("praised its summit with Vietnam"), the
/// parties after "between", the place of a visit named by its noun ("Macron's third visit to China"), people placed after
/// their plight ("victims stranded ... in Mozambique"), and whoever listed the suspects handed over.
/// </summary>
public class PartnersVisitsAndPlightsTests
{
    [Theory]
    [InlineData("Japan praised its summit with Vietnam as a success.", "VNM")]
    [InlineData("Turkey praised its meeting with Greece in Athens.", "GRC")]
    [InlineData("Kenya welcomed its new partnership with Ethiopia.", "ETH")]
    [InlineData("Brazil praised their dialogue with Argentina on trade.", "ARG")]
    [InlineData("Germany's chancellor hailed her talks with Polish President Andrzej Duda.", "POL")]
    [InlineData("India defended its pact with Russia on oil.", "RUS")]
    [InlineData("Chile welcomed its trade deal with Peru.", "PER")]
    public void A_possessive_pronoun_owns_the_object_and_the_partner_is_the_target(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "SUPPORT");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Germany welcomed the agreement between Serbia and Kosovo.", "SRB,XKX")]
    [InlineData("The Vatican hailed the ceasefire between Armenia and Azerbaijan.", "ARM,AZE")]
    [InlineData("China would support a planned pact between Russia and Belarus.", "RUS,BLR")]
    [InlineData("The U.N. welcomed the truce between Israel and Hamas.", "ISR,PSE")]
    [InlineData("Japan welcomed the deal between Iran and Saudi Arabia.", "IRN,SAU")]
    [InlineData("Norway praised the peace talks between Colombia and the ELN rebels.", "COL")]
    public void The_parties_after_between_are_the_targets(string text, string targets)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "SUPPORT");
        Assert.Equal(targets, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("It was Lavrov's fourth visit to Turkey this year.", "TUR")]
    [InlineData("Modi's first visit to Mauritius was a success.", "MUS")]
    [InlineData("The Pope's first visit to Iraq drew large crowds.", "IRQ")]
    [InlineData("This is Erdogan's second visit to Russia this year.", "RUS")]
    [InlineData("Putin's surprise visit to Mongolia angered the court.", "MNG")]
    [InlineData("It was Macron's third visit to China.", "CHN")]
    [InlineData("Scholz's first visit to Brazil ended on Sunday.", "BRA")]
    public void A_visit_named_by_its_noun_is_to_the_place_after_to(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("The World Food Programme airlifted maize to tens of thousands of flood victims stranded on rooftops and in trees in southern Mozambique.", "MOZ")]
    [InlineData("The Red Cross delivered food to families trapped by the fighting in Aleppo.", "SYR")]
    [InlineData("UNICEF flew vaccines to children displaced by the floods in Pakistan.", "PAK")]
    [InlineData("The World Bank sent aid to farmers affected by the drought in northern Kenya.", "KEN")]
    [InlineData("Doctors Without Borders sent medicine to villagers cut off by the floods in Bangladesh.", "BGD")]
    [InlineData("The Red Crescent sent blankets to families left homeless by the earthquake in eastern Turkey.", "TUR")]
    public void People_helped_are_of_the_place_their_plight_names(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "AID");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Islamabad would not hand over any of the twenty suspects on a list given by New Delhi after the attack.", "IND")]
    [InlineData("Caracas would not hand over the officers on a list presented by Colombia.", "COL")]
    [InlineData("Syria handed over the fugitives demanded by Turkey.", "TUR")]
    [InlineData("Thailand handed over the suspects listed by Cambodia.", "KHM")]
    [InlineData("Belgrade refused to extradite the men named by Croatia.", "HRV")]
    [InlineData("Moscow would not hand over the two agents named by London in the poisoning case.", "GBR")]
    public void Suspects_handed_over_go_to_the_one_who_listed_them(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover is "COOPERATE" or "REJECT");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }
}
