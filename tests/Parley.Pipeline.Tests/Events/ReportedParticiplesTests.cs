namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "The ministry said the talks had failed, blaming Ethiopia": a participle of saying or judging after a reported clause with
/// no actor subject of its own is the sayer's second speech act.
/// </summary>
public class ReportedParticiplesTests
{
    [Theory]
    [InlineData("The Kenyan foreign ministry said the talks in Addis Ababa had failed, blaming Ethiopia for the deadlock.", "ACCUSE", "KEN")]
    [InlineData("Uganda's government said two fishermen had drowned on the lake, urging families to stay calm.", "REQUEST", "UGA")]
    [InlineData("Ghana's president said the new levy would stay, calling the protests unjustified.", "ACCUSE", "GHA")]
    public void The_participle_is_the_sayer_s(string text, string plover, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);

        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
        Assert.Contains("+source.sayer", e.Rule, StringComparison.Ordinal);
        Assert.Equal(Parley.Core.Factuality.Asserted, e.Factuality); // the reported clause's "would" is not the participle's
    }

    [Fact]
    public void A_reported_clause_with_an_actor_subject_keeps_the_participle()
    {
        // the protesters accuse, not the police who report them
        var e = Assert.Single(EventTestDocuments.Run("Police in Kenya said protesters blocked the highway near Kisumu, accusing the governor of corruption.").Events,
            e => e.Plover == "ACCUSE");

        Assert.Equal("OPP", e.Source[0].Code.Sector);
        Assert.DoesNotContain("+source.sayer", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Police in Kenya said they found a man carrying weapons near the border.")]
    [InlineData("The report, citing unnamed officials, said the army had moved tanks toward the capital.")]
    public void A_participle_describing_someone_else_or_a_source_is_no_act(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.sayer", StringComparison.Ordinal));
}
