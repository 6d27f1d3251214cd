using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 35's type rows: a negated future of a verb of assent refuses (120); "all options are open" threatens (130); cutting
/// communication lines or halting coordination reduces relations (16x); an air defence system delivered and police sent to a
/// multinational mission are aid (072, 074), as a relief team that lands somewhere is (070); a court ordering an organisation dissolved coerces (172); a decree withdrawn is
/// a concession (concede.withdraw-bill, once the gap of "withdraw ... troops" stops at a relative clause); "was prepared to" is an
/// intent, not a mobilisation. Sentences written for this test.
/// </summary>
public class RefusalsThreatsAndActRootsTests
{
    [Theory]
    [InlineData("The Hungarian government will not approve Ukraine's request to join the bloc until Kyiv restores minority rights, Orban said.", "REJECT", "120")]
    [InlineData("Peru's president announced he would not renew the mandate of the U.N. mission.", "REJECT", "120")]
    [InlineData("Chile's foreign ministry said it would not extend the visas of the Venezuelan diplomats.", "REJECT", "120")]
    [InlineData("Iran warned that all options are open if Israel strikes its nuclear sites.", "THREATEN", "130")]
    [InlineData("Iran warned that all options were open if Israel attacked its nuclear sites.", "THREATEN", "130")]
    [InlineData("Seoul cut its communication lines with Pyongyang on Friday.", "SANCTION", "161")]
    [InlineData("Jordan halted security coordination with Israel on Monday.", "SANCTION", "160")]
    [InlineData("The Palestinian Authority announced a suspension of security coordination with Israel on Monday.", "SANCTION", "160")]
    [InlineData("France has delivered a second air defence system to Ukraine, Paris said.", "AID", "072")]
    [InlineData("Senegal will deploy 500 gendarmes to a U.N. stabilisation force in Mali, its president said.", "AGREE", "0334")]
    [InlineData("A Japanese medical team landed in Manila on Sunday to treat flood victims.", "AID", "070")]
    [InlineData("Belarus's Supreme Court ordered the dissolution of the Belarusian Helsinki Committee on Tuesday.", "COERCE", "172")]
    [InlineData("Peru's government withdrew a decree that had barred the opposition from public squares.", "CONCEDE", "0832")]
    [InlineData("Serbia's president said on Friday Belgrade was prepared to open a new border crossing with Kosovo.", "AGREE", "030")]
    public void The_act_named_decides_the_type(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo, Factuality.Asserted), (e.Plover, e.Cameo, e.Factuality));
    }

    [Theory]
    // "will not allow" warns more than it refuses; "did not approve" is a negated past, no refusal foretold.
    [InlineData("Venezuela's president said he would not allow foreign troops on its soil.")]
    [InlineData("The Senate did not approve the treaty with Mexico last year.")]
    public void No_refusal_is_foretold(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith("reject.will-not-assent", StringComparison.Ordinal));

    [Theory]
    // "prepared to invade" is a preparation, not the adjective after "was".
    [InlineData("Russia prepared to invade Ukraine in January.", "MOBILIZE")]
    public void Neighbouring_readings_keep_their_type(string text, string plover) =>
        Assert.Equal(plover, EventTestDocuments.Best(text)?.Plover);

    [Theory]
    // A walk-out or refusal announced on a condition laid on the other side threatens it; a cooperative act so announced is an offer.
    [InlineData("Iran said it would quit the nuclear treaty if Europe reimposed sanctions.", "THREATEN", "130")]
    [InlineData("Colombia's ELN rebels said they would free the hostages if the government released their commander.", "AGREE", "0353")]
    public void A_conditional_refusal_threatens(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }

    [Theory]
    // A complement clause after a warning is no relative clause: the gap runs on.
    [InlineData("Chad warned Sudan on Monday that reprisals would follow any raid.", "THREATEN")]
    public void A_complement_clause_keeps_the_gap(string text, string plover) =>
        Assert.Equal(plover, EventTestDocuments.Best(text)?.Plover);

    [Fact]
    public void A_gap_does_not_run_into_a_relative_clause() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Ecuador's cabinet withdrew a decree that had exempted riot troops from trial.").Events,
            e => e.Plover == "RETREAT");
}
