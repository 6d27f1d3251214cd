namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 22 families: threats to cut cooperation or to use force (1313, 138), firm responses vowed (130), contact cut and blocs
/// or talks left (161, 164), forces activated (154), tariffs added (163), arms delivered in batches and sums transferred (072,
/// 071), agreements answering demands (080) and another's plan endorsed (051). Sentences written for this test.
/// </summary>
public class ConditionsContactsAndDeliveriesTests
{
    [Theory]
    [InlineData("Hamas threatened to suspend all cooperation with the Egyptian mediators unless the shelling ended.", "THREATEN", "1313", "PSE")]
    [InlineData("Serbia threatened on Monday to cut contacts with Kosovo if the arrests continued.", "THREATEN", "1313", "SRB")]
    [InlineData("Armenia's defence minister said the army would use force to recover the villages if diplomacy failed.", "THREATEN", "138", "ARM")]
    [InlineData("The Kenyan president said Kenya will use military means against the raiders unless they withdraw.", "THREATEN", "138", "KEN")]
    [InlineData("Seoul said it would resolutely respond to any provocation from Pyongyang.", "THREATEN", "130", "KOR")]
    [InlineData("Taiwan said it will react firmly to the Chinese drills.", "THREATEN", "130", "TWN")]
    [InlineData("Algeria suspended all contact with the Spanish embassy over the dispute.", "SANCTION", "161", "DZA")]
    [InlineData("Peru broke off contacts with Mexico after the asylum offer.", "SANCTION", "161", "PER")]
    [InlineData("Mali announced its withdrawal from the regional bloc last month.", "SANCTION", "161", "MLI")]
    [InlineData("Niger and Mali completed their exit from the regional economic community in January.", "SANCTION", "161", "NER,MLI")]
    [InlineData("Egypt pulled its negotiators out of the talks in Cairo after the strike.", "SANCTION", "164", "EGY")]
    [InlineData("Ethiopia recalled its delegation from the talks with Egypt.", "SANCTION", "164", "ETH")]
    [InlineData("The African Union activated its regional standby force after the coup.", "MOBILIZE", "154", "IGO")]
    [InlineData("Beijing added a 15% tariff on American soybeans.", "SANCTION", "163", "CHN")]
    [InlineData("Germany delivered another batch of Iris-T air-defence missiles to Ukraine last week.", "AID", "072", "DEU")]
    [InlineData("Britain supplied Ukraine with howitzers in the spring, the ministry said.", "AID", "072", "GBR")]
    [InlineData("Saudi Arabia transferred $50 million to the Palestinian Authority to pay wages.", "AID", "071", "SAU")]
    public void The_act_is_coded_with_its_family(string text, string plover, string cameo, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo, source), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    // a threat to halt talks is still read through the frame (1314's parent 134), and endangering security is no threat
    [InlineData("Israel threatened to halt the talks with Hamas.", "134")]
    [InlineData("The Egyptian envoy said the dispute threatened security in the region.", null)]
    [InlineData("The company activated its task force on climate.", null)]
    public void Neighbours_keep_their_reading(string text, string? cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.Equal(cameo, e?.Cameo);
    }

    [Theory]
    [InlineData("The Bolivian government agreed to hold early elections in response to demands from the miners.", "BOL")]
    [InlineData("The Nepali government agreed to release the detained students, meeting a key demand of the protesters.", "NPL")]
    [InlineData("Chile's president agreed to the audit in response to pressure from the unions.", "CHL")]
    public void An_agreement_answering_demands_is_a_concession(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("CONCEDE", "080", source), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("The African Union endorsed a Kenyan plan for talks in Sudan.", "SUPPORT", "051", "KEN")]
    [InlineData("Saudi Arabia embraced Egypt's proposal for rebuilding Gaza.", "SUPPORT", "051", "EGY")]
    [InlineData("Ethiopia endorsed the peace plan.", "AGREE", "030", "")]
    public void Endorsing_another_sides_plan_backs_it(string text, string plover, string cameo, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
        if (target.Length > 0)
            Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Japan's government remains concerned with China's military build-up, the ministry said.", "JPN", "CHN")]
    [InlineData("The Philippine navy remains concerned with Beijing's conduct near the shoal.", "PHL", "CHN")]
    public void Remains_after_a_noun_is_the_verb_of_its_trigger(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("\"These reports are completely false,\" the Iranian envoy told the council.", "REJECT", "016", "IRN")]
    [InlineData("\"This is totally untrue,\" the Serbian foreign minister said of the claims.", "REJECT", "016", "SRB")]
    [InlineData("The Kremlin said the claims were untrue.", "REJECT", "016", "RUS")]
    [InlineData("Orban said Hungary is not prepared to budge on the migration pact.", "REJECT", "124", "HUN")]
    [InlineData("Orban said Hungary won't budge on the migration pact.", "REJECT", "124", "HUN")]
    [InlineData("Sudan allowed a UN aid convoy to enter Darfur for the first time in months.", "RETREAT", "0863", "SDN")]
    [InlineData("Israel let dozens of aid trucks into Gaza.", "RETREAT", "0863", "ISR")]
    [InlineData("Egypt allowed fuel into Gaza through the Rafah crossing.", "RETREAT", "0863", "EGY")]
    public void Denials_refusals_to_yield_and_aid_let_in(string text, string plover, string cameo, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo, source), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Fact]
    public void A_falsehood_no_one_speaks_of_is_no_denial() =>
        Assert.Empty(EventTestDocuments.Run("The survey found that the rumours were false.").Events);

    [Theory]
    [InlineData("Rebels seized control of the gold mine near the Ghanaian border.", "COERCE", "1711")]
    [InlineData("Houthi fighters took control of the oil terminal at Ras Isa.", "COERCE", "1711")]
    [InlineData("Russian forces took control of the town of Avdiivka.", "ASSAULT", "192")]
    public void Control_taken_of_property_is_a_seizure_and_of_a_town_an_occupation(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }

    [Theory]
    [InlineData("France and Germany urged Iran on Monday to resume cooperation with the inspectors or face the prospect of new sanctions.", "1312")]
    [InlineData("Britain urged Serbia to accept the Norwegian-proposed truce or face new sanctions.", "1312")]
    [InlineData("The United States urged Venezuela to free the Americans or risk serious consequences.", "130")]
    public void The_alternative_laid_on_the_one_urged_is_a_threat(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "REQUEST");
        var threat = Assert.Single(events, e => e.Plover == "THREATEN");
        Assert.Equal((cameo, Parley.Core.Factuality.Asserted), (threat.Cameo, threat.Factuality));
    }

    [Theory]
    [InlineData("Caracas dismissed the opposition's vote count as rigged by Washington.", "ACCUSE", "111")]
    [InlineData("The Iranian foreign ministry rejected the watchdog's latest findings as politically motivated.", "ACCUSE", "111")]
    [InlineData("The Iranian foreign ministry rejected the watchdog's latest findings as baseless.", "REJECT", "016")]
    public void Findings_dismissed_as_biased_judge_their_author_and_as_false_are_denied(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }
}
