namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A target named by what it is ("civilians", "the government", "an army base") takes its country from its own phrase,
/// else from where its source acts; the defaults never name the source as its own partner nor override a named target.
/// </summary>
public class UnnamedTargetsTests
{
    [Theory]
    [InlineData("Colombian rebels attacked an army base on Sunday, killing four soldiers.", "ASSAULT", "COL")]
    [InlineData("Angolan rebels shelled army positions near the river on Wednesday.", "ASSAULT", "AGO")]
    [InlineData("Sri Lankan rebels overran a navy camp on the coast on Friday.", "ASSAULT", "LKA")]
    [InlineData("Thai opposition leaders accused the government of buying votes.", "ACCUSE", "THA")]
    [InlineData("Chilean students rejected an offer from the government on Friday.", "REJECT", "CHL")]
    [InlineData("Haitian protesters demanded that the authorities resign.", "REQUEST", "HTI")]
    [InlineData("Kenyan doctors agreed to meet the government on Thursday.", "AGREE", "KEN")]
    [InlineData("Indonesian officials urged restaurant owners to stop selling dog meat.", "REQUEST", "IDN")]
    [InlineData("Ghanaian police urged shop owners to close early on election day.", "REQUEST", "GHA")]
    [InlineData("Zimbabwean officials ordered landowners to leave the farms.", "REQUEST", "ZWE")]
    public void A_domestic_source_acts_on_its_own_country_s_unnamed_side(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Rwandan troops shelled the airport in the Congolese town of Goma on Thursday.", "COD")]
    [InlineData("Turkish jets bombed villages in northern Iraq on Monday.", "IRQ")]
    [InlineData("Israeli aircraft struck a camp in southern Lebanon on Sunday.", "LBN")]
    [InlineData("The Sudanese army shelled the market in the Chadian town of Adre.", "TCD")]
    [InlineData("Ethiopian artillery pounded border posts near the Eritrean town of Badme.", "ERI")]
    [InlineData("Chadian soldiers attacked refugees from Sudan near the border on Friday.", "SDN")]
    public void A_place_in_the_target_s_own_phrase_is_its_country(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Congolese rebels abducted villagers in southern Sudan on Tuesday.", "SDN")]
    [InlineData("Indian troops fired on the residents of Kashmir on Sunday.", "IND")]
    [InlineData("The Burmese junta released hundreds of political prisoners on Friday.", "MMR")]
    [InlineData("Cuba freed dozens of political prisoners on Tuesday.", "CUB")]
    [InlineData("Kenyan police arrested the relatives of men detained in Somalia.", "KEN")]
    [InlineData("Israeli troops shot two farmers in the northern Gaza Strip on Monday.", "PSE")]
    public void A_place_right_after_of_or_in_places_the_target_but_not_one_in_a_phrase_about_others(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Target) == target);

    [Fact]
    public void A_place_of_a_participle_s_phrase_is_not_the_target_s() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Israel's prime minister met the families of soldiers killed in Gaza.").Events, e => e.Plover == "CONSULT" && e.Target.Count > 0);

    [Theory]
    [InlineData("Pakistan on Sunday released more than 200 Indian fishermen.", "IND")]
    [InlineData("Iran freed at least 30 Afghan workers on Monday.", "AFG")]
    [InlineData("Kenyan police arrested hundreds of Ugandan traders on Monday.", "UGA")]
    [InlineData("Egyptian police detained nearly 40 Sudanese students in Cairo.", "SDN")]
    [InlineData("Japan on Tuesday released up to 20 Chinese fishermen.", "CHN")]
    [InlineData("Russia freed more than 100 Ukrainian soldiers on Friday.", "UKR")]
    public void A_count_before_the_object_is_part_of_it(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Houthi rebels in Yemen released the 40 fishermen they had detained since March.", "detained", "YEM")]
    [InlineData("Ugandan soldiers rescued the children whom rebels had abducted.", "abducted", "UGA")]
    [InlineData("Iraq released the Iranian pilots it had captured during the war.", "captured", "IRN")]
    [InlineData("Libyan militiamen freed the Egyptian workers they had abducted in May.", "abducted", "EGY")]
    [InlineData("Peruvian troops found the journalists whom guerrillas had kidnapped near Ayacucho.", "kidnapped", "PER")]
    [InlineData("Kenyan police released the students that they had arrested during the protest.", "arrested", "KEN")]
    public void A_relative_clause_s_object_is_its_antecedent(string text, string trigger, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => text[e.Trigger.Start..e.Trigger.End].Contains(trigger, StringComparison.Ordinal) && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Chinese Foreign Minister Wang Yi met with officials on Monday.")]
    [InlineData("The Japanese prime minister held talks with officials on Friday.")]
    [InlineData("Hungary said it will not accept any more migrants.")]
    [InlineData("Thailand began deporting dozens of migrants on Thursday.")]
    [InlineData("The White House pressured foreign manufacturers to cut prices.")]
    [InlineData("Gunmen attacked a police post on Monday.")]
    [InlineData("Russia deployed troops along the border on Monday.")]
    [InlineData("Algeria withdrew police units on Friday.")]
    [InlineData("President Biden met with the families of hostages on Monday.")]
    [InlineData("Turkish troops shelled army positions on Monday.")]
    [InlineData("Iranian jets bombed a police station overnight.")]
    public void No_default_makes_the_source_its_own_partner_or_invents_a_side(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.unnamed", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kenyan police arrested two Ugandan activists on Monday.", "UGA")]
    [InlineData("Colombian rebels ambushed Venezuelan soldiers near the border.", "VEN")]
    [InlineData("Serbian police detained Albanian villagers on Tuesday.", "ALB")]
    [InlineData("Moroccan rebels attacked a Mauritanian army base on Friday.", "MRT")]
    [InlineData("Nepalese Maoists accused the Indian government of meddling.", "IND")]
    [InlineData("Burmese troops shelled Thai border villages on Sunday.", "THA")]
    public void A_country_named_in_the_phrase_wins_over_any_default(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Somali troops detained elders, officers and civilians trapped in the hotel.", "SOM", "CVL")]
    [InlineData("Eritrean troops arrested fishermen, sailors and traders stranded on the island.", "ERI", "CVL")]
    [InlineData("Kenyan police arrested pastors, students and traders at the march.", "KEN", "EDU")]
    [InlineData("Nepalese police detained monks, students and teachers at the rally.", "NPL", "REL")]
    [InlineData("Syrian rebels freed engineers, doctors and nurses they had held for months.", "SYR", "HLH")]
    [InlineData("Pakistani militants threatened to kill the hostages unless the state freed their comrades.", "PAK", "GOV")]
    [InlineData("Colombian guerrillas warned they would bomb pipelines unless the state released their leaders.", "COL", "GOV")]
    public void The_first_item_of_a_list_that_names_people_is_the_target(string text, string target, string sector) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Target.Count == 1 && (e.Target[0].Code.Country, e.Target[0].Code.Sector) == (target, sector));

    [Theory]
    [InlineData("Filipino guerrillas attacked the town, killing 20 civilians.", "attacked")]
    [InlineData("Chilean protesters blocked the highway, demanding higher wages.", "blocked")]
    public void A_comma_without_a_list_ends_the_target_s_phrase(string text, string trigger) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => text[e.Trigger.Start..e.Trigger.End].StartsWith(trigger, StringComparison.Ordinal)
            && e.Target.Any(a => a.Range.Start > text.IndexOf(',', StringComparison.Ordinal)));

    [Theory]
    [InlineData("Libyan militiamen seized a Maltese-flagged tanker off the coast.", "MLT")]
    [InlineData("Iranian forces seized a British-flagged tanker in the Gulf.", "GBR")]
    [InlineData("Yemeni rebels attacked a Greek-owned ship in the Red Sea.", "GRC")]
    [InlineData("Somali pirates hijacked a Panamanian-flagged vessel on Monday.", "PAN")]
    [InlineData("Congolese militiamen attacked about a dozen villages between the market towns of Beni and Lubero.", "COD")]
    [InlineData("Sudanese militias raided villages between the towns of Nyala and Zalingei on Monday.", "SDN")]
    public void A_country_before_a_hyphen_owns_the_target_and_a_town_s_name_is_no_target(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("The Chinese commerce minister visited Germany last week and met with officials in several cities.", "DEU")]
    [InlineData("Kenya's foreign minister travelled to Addis Ababa and held talks with officials on Monday.", "ETH")]
    [InlineData("The U.S. envoy arrived in Khartoum on Sunday to meet with officials.", "SDN")]
    [InlineData("Turkey's foreign minister flew to Baghdad and met officials on Tuesday.", "IRQ")]
    [InlineData("Brazil's president landed in Luanda and held talks with officials.", "AGO")]
    [InlineData("The Japanese trade minister visited Jakarta and met with officials on Friday.", "IDN")]
    public void Officials_met_abroad_are_the_host_s(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT" && e.Rule.Contains("+target.unnamed", StringComparison.Ordinal) && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Chinese Foreign Minister Wang Yi met with officials in Beijing on Monday.")]
    [InlineData("The Kenyan president met with officials in Nairobi on Friday.")]
    [InlineData("Indian Prime Minister Narendra Modi held talks with officials in New Delhi.")]
    public void A_meeting_at_home_with_bare_officials_names_no_other_side(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT" && e.Target.Any(t => e.Source.Any(s => s.Code == t.Code)));

    [Fact]
    public void A_state_acting_in_a_story_about_another_country_acts_on_the_story_s_country()
    {
        const string text = "Eritrea said on Monday it was under attack. Eritrean officials said the raids were the worst in years. "
            + "Eritrea has asked the African Union to intervene. Ethiopian warplanes bombed a military camp on Sunday.";
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Target) == "ERI" && e.Rule.EndsWith("+target.unnamed", StringComparison.Ordinal));
    }
}
