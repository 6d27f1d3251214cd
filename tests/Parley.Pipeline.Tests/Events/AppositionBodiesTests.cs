namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "Mirela Hansen, a spokeswoman for the UN refugee agency, accused ...": a person the knowledge base does not know, with
/// an apposition naming a title and, after "of", "for" or "at", the body served, acts for that body's country (IGO for
/// international bodies). A body named by no known name gives no guess.
/// </summary>
public sealed class AppositionBodiesTests
{
    [Theory]
    [InlineData("Mirela Hansen, the chief prosecutor of the Yugoslav war crimes tribunal, accused Belgrade of shielding suspects.", "IGO")]
    [InlineData("Ines Varga, a spokeswoman for UNHCR, accused Kenya of forcing refugees home.", "IGO")]
    [InlineData("Pedro Alves, a spokesman for the West African force ECOMOG, accused the rebels of breaking the truce.", "IGO")]
    [InlineData("Jonas Berg, a spokesman for NATO, accused Serb gunners of shelling the market.", "IGO")]
    [InlineData("Omar Sefu, a spokesman for the Tanzanian government, rejected the Burundian request.", "TZA")]
    [InlineData("Lina Costa, the ambassador of Brazil at the talks, criticized the Argentine proposal.", "BRA")]
    public void A_title_of_a_named_body_gives_the_body_s_country(string text, string country)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal(country, EventTestDocuments.Countries(best.Source));
    }

    // An act with a coded target: had the apposition given the speaker a country, an event with him as source would appear.
    [Theory]
    [InlineData("Imran Chaudhry, director general of military media affairs, accused India of shelling border villages.", "Imran Chaudhry")]
    [InlineData("Nadia Rahimi, head of regional press affairs, criticized Kenya for closing the camps.", "Nadia Rahimi")]
    public void A_title_of_an_unnamed_body_gives_no_country(string text, string person)
    {
        foreach (var e in EventTestDocuments.Run(text).Events)
            Assert.DoesNotContain(e.Source.Concat(e.Target), a => a.Name == person);
    }

    [Fact]
    public void The_same_speaker_with_a_named_body_acts_for_it()
    {
        var best = EventTestDocuments.Best("Imran Chaudhry, a spokesman for the Pakistani army, accused India of shelling border villages.");
        Assert.NotNull(best);
        Assert.StartsWith("PAK", EventTestDocuments.Countries(best.Source), StringComparison.Ordinal);
    }
}
