namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A nominal act the clause's subject bears ("faced arrests", "suffered attacks", "are subject to attacks") is aimed at that
/// subject; its agent is the noun's own by-phrase, else untold (an attack) or the state where it happened (a ban).
/// </summary>
public class BorneActsTests
{
    [Theory]
    [InlineData("Egyptian bloggers have suffered repeated attacks in Cairo.", "180", "", "EGY")]
    [InlineData("Uyghur activists suffered attacks in Xinjiang last year.", "180", "", "CHN")]
    [InlineData("Nigeria's northeast is in crisis. He says people in Borno are subject to attacks, abductions and abuse.", "180", "", "NGA")]
    [InlineData("Somali traders suffered attacks by al-Shabab fighters in Mogadishu.", "180", "SOM", "SOM")]
    [InlineData("Ukrainian villages have faced attacks by Russian drones.", "195", "RUS", "UKR")]
    [InlineData("Haitian police faced an attack by gang members in Port-au-Prince.", "190", "HTI", "HTI")]
    public void The_one_who_bears_an_attack_is_its_target(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Afghan women have faced a ban on travel in Kabul.", "AFG", "AFG")]
    [InlineData("Iranian students were subjected to a ban on gatherings in Tehran.", "IRN", "IRN")]
    [InlineData("Belarusian opposition figures have endured arrests and a ban on their rallies in Minsk.", "BLR", "BLR")]
    public void A_borne_state_act_is_the_state_s_where_it_happened(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "172");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.EndsWith("+source.state", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // A bearer named by what it is, not by a country, is of the story's country; the attacks it bears, by no one named, are by
    // the unidentified forces of that country (+source.story) when the story is about it.
    [InlineData("Nigeria's northeast is in crisis. Nigeria's army is stretched. She says villagers are subject to attacks, looting and extortion.", "180", "NGA", "NGA")]
    [InlineData("Sudan's war goes on. Sudan's army holds Khartoum. Aid workers say many villagers have endured attacks.", "180", "SDN", "SDN")]
    [InlineData("Mali's junta is under pressure. Mali held no vote. Local journalists have faced a ban on their work, a rights group said.", "172", "MLI", "MLI")]
    [InlineData("Myanmar's generals hold power. Myanmar's army is fighting in the north. Farmers there have suffered attacks for months.", "180", "MMR", "MMR")]
    public void An_unnamed_bearer_is_of_the_story_country(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.unnamed", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // Violence by no named actor on people who bear no arms is unconventional violence (180); on soldiers or police it stays 190
    // (193 for shooting). Told in a passive with no doer, it is an event only when the story's rules find one: here the
    // unidentified forces of a one-country story (+source.story); with none found it is no event (round 36, AgentlessActsTests).
    // Round 55: the story lends them only to a passive whose by-phrase names a doer it cannot code ("by unidentified men") or
    // that is told in an attack; one with no doer at all ("were shot in Tijuana") is no event (UntoldPassivesTests).
    [InlineData("Uganda's police are stretched. Uganda's president is abroad. Ugandan students were attacked by unidentified men in Kampala last week.", "180", "UGA")]
    [InlineData("Pakistan's army is stretched. Pakistan's parliament is divided. Two Pakistani journalists were attacked by unidentified men in Karachi on Monday.", "180", "PAK")]
    [InlineData("Kenya's police are stretched. Kenya's parliament is divided. Two Kenyan policemen were attacked by unidentified men in Garissa on Monday.", "190", "KEN")]
    [InlineData("Kenya's police are stretched. Kenya's parliament is divided. A Kenyan opposition politician was shot by unidentified men in Nairobi on Friday.", "180", "KEN")]
    [InlineData("Mexico's police are stretched. Mexico's congress is divided. Two Mexican journalists were shot by unidentified men in Tijuana.", "180", "MEX")]
    [InlineData("Iraq's army is stretched. Iraq's parliament is divided. Three Iraqi soldiers were shot by unidentified men in Mosul on Sunday.", "193", "IRQ")]
    public void An_untold_attack_on_the_unarmed_is_unconventional_violence(string text, string cameo, string country)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");
        Assert.Equal((cameo, country), (e.Cameo, EventTestDocuments.Countries(e.Source)));
        Assert.EndsWith("+source.story", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // Doing the act is not bearing it: the subject of a plain verb before the noun keeps its own act.
    [InlineData("Kenyan police launched attacks on Somali militants in Lamu.", "KEN", "")]
    [InlineData("Turkish jets carried out attacks on Kurdish fighters in Iraq.", "TUR", "")]
    public void The_one_who_does_a_nominal_act_stays_its_source(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
        if (target.Length > 0)
            Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }
}
