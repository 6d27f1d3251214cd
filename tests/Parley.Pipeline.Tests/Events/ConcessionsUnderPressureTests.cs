namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 15: an agreement wrung out by pressure ("Bowing to international pressure, X agreed to ...") is a concession
/// (CONCEDE 080), and "under pressure" is the setting, not a demand governing the act; asking another to explain
/// whether, why or how is an appeal (020), not a bare question. Sentences written for this test.
/// </summary>
public class ConcessionsUnderPressureTests
{
    [Theory]
    [InlineData("Bowing to international pressure, the Indonesian president agreed to let the East Timorese vote on independence.", "IDN")]
    [InlineData("Succumbing to pressure from donors, Malawi accepted the reforms.", "MWI")]
    [InlineData("Bowing to public pressure, the Kenyan government agreed to the audit.", "KEN")]
    [InlineData("Yielding to pressure from the unions, Chile's president accepted the wage deal.", "CHL")]
    [InlineData("Under intense pressure, Serbia agreed to the European plan.", "SRB")]
    [InlineData("Caving to public demands, the Peruvian government accepted the inquiry.", "PER")]
    public void An_agreement_wrung_out_by_pressure_is_a_concession(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal(("CONCEDE", "080", source), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("Israel agreed to the plan on Friday.")]
    [InlineData("Kenya accepted the Somali proposal on Monday.")]
    public void An_agreement_without_pressure_stays_an_agreement(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE" && e.Cameo == "030");

    [Theory]
    [InlineData("The Albanian prime minister is under pressure to resign.")]
    [InlineData("The Peruvian president was under pressure to resign, his allies said.")]
    public void Pressure_to_act_is_still_asked_of_its_bearer(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");

    [Theory]
    [InlineData("Beijing asked London to explain whether the reforms would survive the handover.", "CHN", "GBR")]
    [InlineData("Egypt asked Ethiopia to clarify how the dam would be filled.", "EGY", "ETH")]
    [InlineData("Russia pressed Norway to explain why the ship was held.", "RUS", "NOR")]
    [InlineData("India asked Nepal to specify what the new map meant.", "IND", "NPL")]
    [InlineData("Japan urged China to explain whether the drills would continue.", "JPN", "CHN")]
    [InlineData("Chile asked Bolivia to say if the claim stood.", "CHL", "BOL")]
    public void Asking_another_to_explain_whether_is_an_appeal(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "020");
        Assert.Equal(("REQUEST", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void Asking_a_bare_question_stays_no_event() =>
        Assert.Empty(EventTestDocuments.Run("Peru asked Chile whether the talks would resume.").Events);
}
