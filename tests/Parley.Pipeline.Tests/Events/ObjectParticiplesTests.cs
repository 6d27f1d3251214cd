namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A verb-and-object trigger that ends in a participle ("accepted the reforms demanded") stays active: the participle
/// describes the object, so the clause's subject acts and the by-phrase names the object's author, the target.
/// A passive ("was demanded by") keeps its by-agent as the source.
/// </summary>
public class ObjectParticiplesTests
{
    [Theory]
    [InlineData("Thailand accepted the tough reforms demanded by the International Monetary Fund on Sunday.", "THA", "IGO")]
    [InlineData("After weeks of strikes, Poland granted the wage rises demanded by Solidarity leaders in Gdansk.", "POL", "POL")]
    [InlineData("The Argentine government met most of the conditions demanded by the World Bank.", "ARG", "IGO")]
    [InlineData("Serbia finally satisfied the guarantees demanded by NATO commanders.", "SRB", "IGO")]
    [InlineData("Zambian ministers heeded the spending cuts demanded by Western donors last year.", "ZMB", "")]
    [InlineData("Pakistan yielded to the concessions demanded by India during the talks.", "PAK", "IND")]
    public void The_subject_concedes_to_the_author_of_the_object(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("CONCEDE", source), (e.Plover, EventTestDocuments.Countries(e.Source)));
        if (target.Length > 0)
            Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Fact]
    public void A_true_passive_keeps_its_agent_as_source()
    {
        var e = EventTestDocuments.Best("The release of the prisoners was demanded by Amnesty International on Friday.");
        Assert.NotNull(e);
        Assert.NotEqual("", EventTestDocuments.Countries(e.Source));
    }
}
