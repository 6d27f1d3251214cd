namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "X said in a televised address, accusing Y of ...": after a verb of saying with only its adjuncts, a participle after the
/// comma adjoins the saying clause and has its subject (Clauses.ClauseStart does not stop at the verb of saying).
/// </summary>
public class SayingParticiplesTests
{
    [Theory]
    [InlineData("Maduro said in a televised address last week, accusing Colombia of plotting a coup.", "VEN", "COL")]
    [InlineData("Ecuador's president Daniel Noboa said at a news conference in Quito, accusing Peru of sheltering the smugglers.", "ECU", "PER")]
    public void The_sayer_does_the_participle_s_act(string text, string source, string target)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => document.TextOf(e.Trigger) == "accusing");
        Assert.Equal(("ACCUSE", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
