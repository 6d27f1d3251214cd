namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A subject relative clause on the noun of a copular "among" or "one of" phrase ("were among the leaders who condemned",
/// "is one of the donors that pledged") tells what the copula's subject did, and so does its second predicate after "and".
/// </summary>
public class AmongRelativesTests
{
    [Theory]
    [InlineData("The presidents of Peru and Chile were among the South American leaders who condemned the coup in Bolivia.", "ACCUSE", "PER,CHL")]
    [InlineData("Ghana and Senegal were among the African states that criticized the vote in Uganda.", "ACCUSE", "GHA,SEN")]
    [InlineData("Norway is one of the donors that pledged aid to Sudan.", "AGREE", "NOR")]
    public void The_copulas_subject_does_the_relative_act(string text, string plover, string source)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);
    }

    [Fact]
    public void The_second_predicate_of_the_relative_clause_shares_its_subject()
    {
        var events = EventTestDocuments.Run("Peru and Chile were among the states that condemned the coup and expressed support for the Bolivian government.").Events;
        Assert.Contains(events, e => e.Plover == "SUPPORT" && EventTestDocuments.Countries(e.Source) == "PER,CHL" && EventTestDocuments.Countries(e.Target) == "BOL");
    }
}
