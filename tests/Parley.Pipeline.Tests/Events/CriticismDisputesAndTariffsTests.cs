using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Families from real trade and security news, written for this test in different phrasings: bringing a dispute case
/// (115), attacking a newspaper or a court in words, calling a move disappointing or a disaster, or condemning a deed
/// as murder or a crime (111), keeping
/// tariffs in place or tariffs targeting a country (163), delaying or exempting duties (085), and flushing out armed men
/// (190); acceding to independence or a treaty concedes nothing.
/// </summary>
public class CriticismDisputesAndTariffsTests
{
    [Theory]
    [InlineData("Brazil requested WTO dispute consultations with the European Union over its beef rules.", "ACCUSE", "115")]
    [InlineData("Australia launched arbitration proceedings against China over barley duties.", "ACCUSE", "115")]
    [InlineData("Indonesia filed a dispute case against the EU over nickel export rules.", "ACCUSE", "115")]
    [InlineData("Milei attacked the newspaper La Nacion for its coverage of the protests.", "ACCUSE", "111")]
    [InlineData("Netanyahu attacked the Supreme Court over its ruling on the draft.", "ACCUSE", "111")]
    [InlineData("Egypt's army chief attacked the plan in a televised speech.", "ACCUSE", "111")]
    [InlineData("Bolsonaro publicly attacked Brazil's electoral court.", "ACCUSE", "111")]
    [InlineData("Kenya called Uganda's decision to close the border deeply disappointing.", "ACCUSE", "111")]
    [InlineData("Poland described the German energy plan as a strategic disaster.", "ACCUSE", "111")]
    [InlineData("India's opposition called the border deal with China a sellout.", "ACCUSE", "111")]
    [InlineData("The execution was condemned as judicial murder by British Prime Minister John Major.", "ACCUSE", "111")]
    [InlineData("The hanging of the activists by Iran was denounced as a crime by the European Union.", "ACCUSE", "111")]
    [InlineData("Kyiv condemned the shelling of Kharkiv as a war crime.", "ACCUSE", "111")]
    [InlineData("Amnesty International described the crackdown in Tehran as a massacre.", "ACCUSE", "111")]
    [InlineData("Pakistan branded India's strikes as aggression.", "ACCUSE", "111")]
    [InlineData("Washington left tariffs on Chinese solar panels in place.", "SANCTION", "163")]
    [InlineData("The EU kept tariffs in place on Russia, Belarus and Iran to pressure them over the war.", "SANCTION", "163")]
    [InlineData("Beijing's tariffs targeting Australian wine hurt exporters.", "SANCTION", "163")]
    [InlineData("Trump has been waging a tariff war with China.", "SANCTION", "163")]
    [InlineData("Beijing waged a trade war against Australia in 2020.", "SANCTION", "163")]
    [InlineData("Washington delayed the tariffs on Mexican tomatoes.", "RETREAT", "085")]
    [InlineData("The EU postponed duties on Chinese electric cars.", "RETREAT", "085")]
    [InlineData("Canada exempted the duties on American fertiliser.", "RETREAT", "085")]
    [InlineData("Nigerian troops flushed out bandits from the Kamuku forest.", "ASSAULT", "190")]
    [InlineData("Iraqi troops rooted out insurgents from the Hamrin mountains.", "ASSAULT", "190")]
    [InlineData("Mozambique launched an operation to drive out insurgents from Cabo Delgado.", "ASSAULT", "190")]
    public void Codebook_family_codes_its_act(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);

    [Theory]
    [InlineData("Mauritius acceded to independence in 1968.")]
    [InlineData("Tonga acceded to the convention on cluster munitions.")]
    public void Acceding_to_a_status_concedes_nothing(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "CONCEDE");

    [Fact]
    public void A_case_opened_by_police_is_no_dispute_case() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Kenyan police opened a case against the opposition leader.").Events, e => e.Cameo == "115");

    [Fact]
    public void A_purpose_after_a_list_of_names_is_no_event_of_its_own() =>
        Assert.DoesNotContain(EventTestDocuments.Run("The EU kept tariffs in place on Russia, Belarus and Iran to pressure them over the war.").Events,
            e => e.Plover == "REQUEST");
}
