using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A wrong one political actor says another did is two events: the wrong, and the sayer's accusation of its doer (CAMEO 112,
/// 1122, 1123, 1124), with no accusation verb in the sentence.
/// </summary>
public sealed class ReportedWrongsTests
{
    [Theory]
    [InlineData("Human Rights Watch said Ugandan soldiers had beaten dozens of opposition supporters in Kampala on Tuesday.", "NGO", "UGA", "1122")]
    [InlineData("The United Nations said Myanmar's military had burned villages and killed hundreds of Rohingya civilians.", "IGO", "MMR", "1122")]
    [InlineData("“Eritrean soldiers have looted homes and killed civilians in Tigray,” Amnesty International said.", "NGO", "ERI", "112")]
    // Violence on a third country's people told by a state, and a state's violence at home told by the opposition, accuse.
    [InlineData("The United States said Russian troops had killed Ukrainian civilians in Bucha.", "USA", "RUS", "112")]
    [InlineData("Pakistan's opposition said police had shot dead six of its supporters in Lahore.", "PAK", "PAK", "1122")]
    public void A_wrong_told_by_another_is_its_accusation(string text, string accuser, string accused, string cameo)
    {
        var document = EventTestDocuments.Run(text);
        var accusation = Assert.Single(document.Events, e => e.Rule == ReportedWrongs.Rule);
        Assert.Equal(cameo, accusation.Cameo);
        Assert.Equal("ACCUSE", accusation.Plover);
        Assert.Equal(Factuality.Asserted, accusation.Factuality);
        Assert.Equal(accuser, EventTestDocuments.Countries(accusation.Source));
        Assert.Equal(accused, EventTestDocuments.Countries(accusation.Target));
        Assert.StartsWith("said", document.TextOf(accusation.Trigger), StringComparison.Ordinal);
        // The wrong is coded too; it stays the surer event of its sentence unless told in the past perfect ("said troops
        // had killed"), an earlier act reported, where the accusation is the news (MainClauseRanks, round 49).
        var wrong = Assert.Single(document.Events, e => e.Plover == "ASSAULT" && e.Source.SequenceEqual(accusation.Target));
        // (The coder's hand-set order; the learned confidences keep it, two of them rounding to one value at most.)
        var hand = EventTestDocuments.RunHandSet(text);
        var handWrong = Assert.Single(hand.Events, e => e.Trigger == wrong.Trigger);
        var handAccusation = Assert.Single(hand.Events, e => e.Rule == ReportedWrongs.Rule);
        if (document.Text[..wrong.Trigger.Start].EndsWith(" had ", StringComparison.Ordinal))
            Assert.True(handAccusation.Confidence > handWrong.Confidence);
        else
            Assert.True(handWrong.Confidence > handAccusation.Confidence);
    }

    [Fact]
    public void A_state_act_told_without_its_agent_by_a_watchdog_accuses_the_state()
    {
        var document = EventTestDocuments.Run("Thousands marched in Lome on Monday against the president. Amnesty International said at least 60 protesters were detained.");
        var accusation = Assert.Single(document.Events, e => e.Rule == ReportedWrongs.Rule);
        Assert.Equal("1122", accusation.Cameo);
        Assert.Equal("NGO", EventTestDocuments.Countries(accusation.Source));
        Assert.Equal("TGO", EventTestDocuments.Countries(accusation.Target));
    }

    [Theory]
    // A state telling its own operations, or its own agentless acts, reports; it accuses no one.
    [InlineData("Kenyan police said they had arrested 30 protesters in Nairobi.")]
    [InlineData("Thousands marched in Lome on Monday against the president. Togo's security minister said at least 60 protesters were detained.")]
    // One who underwent an act told without its agent tells of himself.
    [InlineData("Thousands marched in Lome on Monday against the president. Kofi Mensah, a student, told reporters that he was detained.")]
    // A side at war telling the attacks it suffered reports the fighting.
    [InlineData("Ukraine's air force said Russia launched 90 drones at Kyiv overnight.")]
    [InlineData("The Nigerian army said Boko Haram fighters attacked a military base in Borno on Monday, killing 12 soldiers.")]
    [InlineData("The Rapid Support Forces said the Sudanese army had shelled its positions near Omdurman.")]
    [InlineData("Colombia's defence minister said FARC dissidents had killed four police officers in Cauca.")]
    // A negated or denied wrong, and a saying that is only possible, accuse no one.
    [InlineData("Human Rights Watch said Ugandan soldiers had not beaten the protesters.")]
    [InlineData("Uganda's army denied that its soldiers had beaten opposition supporters.")]
    [InlineData("Human Rights Watch may say that Ugandan soldiers beat the protesters.")]
    // A doer named by a bare word of no state is unknown: there is no one to accuse.
    [InlineData("Amnesty International said gunmen had killed 12 villagers in Zamfara state.")]
    // A plain sentence tagged with its source tells the news on that source's word.
    [InlineData("Police detained the opposition leader at his home in Kampala on Monday, his party said.")]
    [InlineData("Ugandan soldiers beat dozens of protesters in Kampala, Human Rights Watch said.")]
    public void No_accusation(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule == ReportedWrongs.Rule);

    [Fact]
    public void An_explicit_accusation_is_not_told_twice()
    {
        var document = EventTestDocuments.Run("Amnesty International accused Ugandan soldiers of beating protesters in Kampala.");
        Assert.Single(document.Events, e => e.Plover == "ACCUSE");
        Assert.DoesNotContain(document.Events, e => e.Rule == ReportedWrongs.Rule);
    }
}
