using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Disapproval as real news tells it, in sentences written for this test (CAMEO 11): being critical of someone or
/// deeply concerned with what it does (111), trading barbs (111), renewing an accusation (112), and a speaker saying
/// that another is the aggressor, started the war, was behind or responsible for an attack, or was involved in
/// corruption or abuses (112, 1121-1123); saying another's act would destabilise or undermine (111); legal action or
/// a challenge in court (115); mobilising support or a coalition against someone (113); calling it a dictator or a
/// liar (111); voicing frustration or reservations (111); a speaker naming another's act with a word of condemnation
/// ("Manila's provocative moves", 111); criticism or accusations faced "from" someone (111, 112); disagreeing or
/// clashing publicly (110, both sides); designating people "as terrorists" (112; a formal listing outlaws the group, 172). The
/// judged side is the target; a speaker naming itself, a reporter's background with no speaker, and "concerned with"
/// meaning "involved in" are no event.
/// </summary>
public class DisapprovalFamiliesTests
{
    [Theory]
    [InlineData("Kenya's president has been sharply critical of the International Criminal Court.", "111", "KEN", "IGO")]
    [InlineData("The Spanish government was highly critical of Morocco over the migrant surge.", "111", "ESP", "MAR")]
    [InlineData("Japan remains deeply concerned with North Korea's repeated missile launches.", "111", "JPN", "PRK")]
    [InlineData("The Philippines remains concerned with China's island building.", "111", "PHL", "CHN")]
    [InlineData("Ghana traded insults with Togo over the fishing dispute.", "111", "GHA", "TGO")]
    [InlineData("Peru exchanged angry barbs with Mexico after the ambassador was expelled.", "111", "PER", "MEX")]
    [InlineData("India renewed its allegations against Pakistan on Tuesday.", "112", "IND", "PAK")]
    [InlineData("Serbia levelled fresh accusations against Kosovo over the arrests.", "112", "SRB", "XKX")]
    [InlineData("Lithuania's president said Belarus was the aggressor.", "1123", "LTU", "BLR")]
    [InlineData("\"Moscow is the real aggressor here,\" the Estonian prime minister said.", "1123", "EST", "RUS")]
    [InlineData("Georgia's president said Russia started that war.", "1123", "GEO", "RUS")]
    [InlineData("Iraq said Turkey was behind the drone attack on Sulaimaniyah.", "112", "IRQ", "TUR")]
    [InlineData("Seoul said Pyongyang was solely responsible for the sinking of the warship.", "112", "KOR", "PRK")]
    [InlineData("Bolivia's government said Chile was responsible for the crisis at the border.", "112", "BOL", "CHL")]
    [InlineData("Kenya's opposition said Uganda was to blame for the clashes.", "112", "KEN", "UGA")]
    [InlineData("Washington said the Venezuelan minister was involved in drug trafficking.", "1121", "USA", "VEN")]
    [InlineData("The EU said Belarus's interior minister was complicit in torture.", "1122", "IGO", "BLR")]
    [InlineData("Human Rights Watch documented Ethiopia's violations of human rights in Tigray.", "1122", "NGO", "ETH")]
    [InlineData("The U.N. envoy highlighted Myanmar's human rights abuses.", "1122", "IGO", "MMR")]
    [InlineData("Egypt said Ethiopia's dam would destabilize the whole region.", "111", "EGY", "ETH")]
    [InlineData("The Arab League said Israel's new settlements would undermine the peace process.", "111", "IGO", "ISR")]
    [InlineData("Guyana took legal action against Venezuela over the Essequibo region.", "115", "GUY", "VEN")]
    [InlineData("Uganda's opposition challenged Museveni's re-election in the Supreme Court.", "115", "UGA", "UGA")]
    [InlineData("Washington mobilized support against Russia at the United Nations.", "113", "USA", "RUS")]
    [InlineData("Saudi Arabia lobbied Gulf governments against Qatar.", "113", "SAU", "QAT")]
    [InlineData("France sought to build a coalition against the Islamic State.", "113", "FRA", "SYR")]
    [InlineData("Venezuela's foreign minister called the Colombian president a liar.", "111", "VEN", "COL")]
    [InlineData("The Belarusian opposition branded Lukashenko a brutal dictator.", "111", "BLR", "BLR")]
    [InlineData("Iran's supreme leader described Israel's leaders as criminals.", "111", "IRN", "ISR")]
    [InlineData("Poland voiced frustration with Germany over the pipeline.", "111", "POL", "DEU")]
    [InlineData("Japan expressed deep reservations about China's coast guard law.", "111", "JPN", "CHN")]
    [InlineData("Japan said China's reckless actions endanger the region.", "111", "JPN", "CHN")]
    [InlineData("Beijing said Manila's provocative moves in the South China Sea had to end.", "111", "CHN", "PHL")]
    [InlineData("Seoul said Pyongyang's provocative behaviour remained the main obstacle to talks.", "111", "KOR", "PRK")]
    [InlineData("The Kenyan president faced sharp criticism from the opposition over the tax bill.", "111", "KEN", "KEN")]
    [InlineData("Israel received criticism from the United Nations over the strikes.", "111", "IGO", "ISR")]
    [InlineData("Hungary faced accusations from the European Commission of undermining the courts.", "112", "IGO", "HUN")]
    [InlineData("India and China disagreed over the border at the talks.", "110", "IND", "CHN")]
    [InlineData("Greek and Turkish ministers clashed publicly over migration.", "110", "GRC", "TUR")]
    [InlineData("Pakistan sparred with India over the water treaty.", "110", "PAK", "IND")]
    [InlineData("Biden and Netanyahu openly quarrelled about the Rafah offensive.", "110", "USA", "ISR")]
    [InlineData("Egypt designated the Muslim Brotherhood's leaders as terrorists.", "112", "EGY", "EGY")]
    public void Disapproval_family_codes_the_judge_and_the_judged(string text, string cameo, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("ACCUSE", cameo, Factuality.Asserted), (e.Plover, e.Cameo, e.Factuality));
        Assert.StartsWith(source, EventTestDocuments.Countries(e.Source), StringComparison.Ordinal);
        Assert.Contains(target, EventTestDocuments.Countries(e.Target), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Police arrested the men who are concerned with the robbery in Lagos.")]
    [InlineData("The rebel group said it was responsible for the attack.")]
    [InlineData("The war began in 2014 after the annexation of Crimea.")]
    [InlineData("Chile's president said the minister was responsible for the education budget.")]
    [InlineData("The Peruvian ministry is concerned with trade and tourism.")]
    [InlineData("Biden called the Saudi crown prince on Monday.")]
    [InlineData("Economists said the rate rise would hurt growth.")]
    [InlineData("Kenya's president called a meeting with a dictator from the region.")]
    [InlineData("Russia's unprovoked invasion of Ukraine began in February 2022.")]
    [InlineData("Police said the illegal occupation of the building ended on Sunday.")]
    [InlineData("The Chilean minister faced questions from reporters about the budget.")]
    [InlineData("Russia argued that the sanctions had failed.")]
    [InlineData("Peru and Ecuador settled their long quarrel over the border with a treaty.")]
    public void Other_uses_are_no_disapproval(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE");

    [Fact]
    public void A_warning_about_another_s_decision_criticises_and_threatens_nothing()
    {
        var events = EventTestDocuments.Run("The African Union warned that Mali's decision would divide the region.").Events;
        Assert.DoesNotContain(events, e => e.Plover == "THREATEN");
        Assert.Contains(events, e => e.Cameo == "111" && EventTestDocuments.Countries(e.Target) == "MLI");
    }

    [Fact]
    public void A_formal_terrorist_designation_stays_a_sanction() =>
        EventTestDocuments.AssertBest("Washington designated the Houthis as a terrorist organization.", "COERCE", "172", Factuality.Asserted);

    [Fact]
    public void A_verbal_clash_is_no_fight_but_troops_that_clash_fight()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("Washington halted aid to Kyiv after the Oval Office clash between the two presidents.").Events, e => e.Plover == "ASSAULT");
        Assert.Equal("ASSAULT", EventTestDocuments.Best("Armenian and Azerbaijani troops clashed on the border.")?.Plover);
    }
}
