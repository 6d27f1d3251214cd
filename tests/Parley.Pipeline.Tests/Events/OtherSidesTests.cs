namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An ultimatum is aimed at the subject of its condition; a concession at the partner of the talks it followed; a light
/// verb's noun ("played host to") takes its object after "to".
/// </summary>
public class OtherSidesTests
{
    [Theory]
    [InlineData("Algerian rebels warned on Friday that they would attack foreign firms unless the government freed their leaders.", "DZA")]
    [InlineData("North Korea warned it would resume missile tests if South Korea held military drills.", "KOR")]
    [InlineData("Colombian guerrillas threatened to kill hostages unless the army withdrew from the region.", "COL")]
    [InlineData("Russia threatened to walk out of the talks if the United States deployed new missiles in Europe.", "USA")]
    [InlineData("Iran warned that it would close the strait if Washington imposed new sanctions.", "USA")]
    [InlineData("Hamas threatened to halt the ceasefire unless Israel allowed aid into Gaza.", "ISR")]
    public void An_ultimatum_is_aimed_at_its_condition_s_subject(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Nigerian teachers called off their strike on Monday after talks with the government.", "CONCEDE", "NGA")]
    [InlineData("Chilean copper miners called off a strike following talks with the state company.", "CONCEDE", "CHL")]
    [InlineData("Kenyan nurses called off their strike after talks with the health ministry.", "CONCEDE", "KEN")]
    [InlineData("Peruvian protesters ended their blockade after negotiations with the authorities on Friday.", "RETREAT", "PER")]
    [InlineData("Haitian students ended a boycott of classes after talks with the authorities.", "RETREAT", "HTI")]
    [InlineData("Greek farmers called off their protest after a meeting with Turkish officials.", "CONCEDE", "TUR")]
    public void A_concession_after_talks_is_made_to_the_other_side_of_the_talks(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Jordan's King Abdullah played host to the Egyptian president on Monday.", "EGY")]
    [InlineData("Egypt played host to Israeli and Palestinian negotiators this week.", "ISR,PSE")]
    [InlineData("Turkey's president played host to the Azerbaijani leader on Tuesday.", "AZE")]
    [InlineData("Qatar played host to Afghan and American envoys on Saturday.", "AFG,USA")]
    [InlineData("Senegal played host to the Gambian president on Friday.", "GMB")]
    [InlineData("Malaysia's king played host to the Japanese emperor on Monday.", "JPN")]
    public void A_light_verb_s_noun_takes_its_object_after_to(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Croatia refused on Tuesday to hand over two generals indicted by the U.N. war crimes tribunal.", "IGO")]
    [InlineData("Bolivia extradited a drug trafficker wanted by the United States on Friday.", "USA")]
    [InlineData("Kenya handed over three suspects sought by Uganda in connection with the bombings.", "UGA")]
    [InlineData("Serbia agreed to extradite a former commander wanted by Croatia.", "HRV")]
    [InlineData("Pakistan turned over an al-Qaida operative wanted by the United States.", "USA")]
    [InlineData("Thailand extradited two men charged by a Russian court with fraud.", "RUS")]
    public void Suspects_handed_over_go_to_the_one_who_wants_them(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Hamas rejected a ceasefire proposal put forward by Egypt on Monday.", "EGY")]
    [InlineData("The Sudanese army accepted a truce brokered by Saudi Arabia.", "SAU")]
    [InlineData("Israel rejected the plan drawn up by international mediators.", "IGO")]
    [InlineData("Armenia welcomed a peace deal brokered by the United States.", "USA")]
    [InlineData("Colombian rebels rejected an offer from the government.", "COL")]
    [InlineData("Serbia rejected demands from international mediators.", "IGO")]
    public void A_reply_is_aimed_at_the_author_of_what_it_answers(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover is "REJECT" or "RETREAT" or "SUPPORT" or "AGREE" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("The Sudanese army accepted a truce brokered by Saudi Arabia.", "brokered", "SAU")]
    [InlineData("Armenia welcomed a peace deal brokered by the United States.", "brokered", "USA")]
    [InlineData("The list included 400 books banned by the Taliban.", "banned", "AFG")]
    [InlineData("Officials inspected a cargo ship seized by Greek police.", "seized", "GRC")]
    [InlineData("Relatives mourned the journalists killed by Israeli troops in Gaza.", "killed", "ISR")]
    [InlineData("Villagers fled the town shelled by Russian forces overnight.", "shelled", "RUS")]
    public void A_participle_with_a_by_phrase_after_a_noun_is_done_by_the_by_phrase(string text, string trigger, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => text[e.Trigger.Start..e.Trigger.End] == trigger && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    [InlineData("Cambodian police detained a reporter in Phnom Penh last month. The Cambodian journalist was freed on Friday. Reporters Without Borders welcomed the release.", "KHM")]
    [InlineData("Iran has held the academic since May. Iranian officials accuse her of spying for Iran's enemies. Amnesty International condemned the arrest on Tuesday.", "IRN")]
    [InlineData("Egypt has tightened its grip on the press. Egyptian authorities closed two newspapers this week. The Committee to Protect Journalists criticized the crackdown.", "EGY")]
    [InlineData("Uganda's parliament passed the law in May. Ugandan police began enforcing it on Monday. The United Nations condemned the ban on Tuesday.", "UGA")]
    [InlineData("Belarus jailed the activist in 2021. A Belarusian court added two years to her sentence. The European Union welcomed the pardon on Thursday.", "BLR")]
    [InlineData("Saudi Arabia executed seven men on Saturday. Saudi courts had convicted them of terrorism. Human Rights Watch denounced the executions.", "SAU")]
    public void Judging_a_state_s_act_named_by_its_noun_is_aimed_at_the_state(string text, string target)
    {
        var last = EventTestDocuments.Run(text).Events[^1];
        Assert.Equal((target, "GOV"), (EventTestDocuments.Countries(last.Target), last.Target[0].Code.Sector));
    }

    [Fact]
    public void A_state_judging_its_own_act_names_no_other_side() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Kenya freed the activist on Monday. Kenyan officials said she was well. The Kenyan government welcomed the release.").Events,
            e => e.Plover == "SUPPORT" && e.Target.Count > 0);

    [Theory]
    [InlineData("Russia threatened to retaliate, officials said on Monday.")]
    [InlineData("Kenyan teachers called off their strike on Monday.")]
    public void Without_a_condition_or_talks_no_other_side_is_added(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.condition", StringComparison.Ordinal));
}
