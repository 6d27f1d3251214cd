using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>"X, who is Ghanaian,": a clause giving only a nationality codes an unknown person as that country's citizen (NationalityClauses).</summary>
public sealed class NationalityClausesTests
{
    [Theory]
    [InlineData("Police arrested Karim Osei in Boston on Monday. Osei, who is Ghanaian, denied the charges.", "Karim Osei", "GHA")]
    [InlineData("Lucia Brandt, who was Chilean, had lived in Madrid for a decade.", "Lucia Brandt", "CHL")]
    public void A_nationality_clause_codes_the_person(string text, string name, string country)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == name);
        Assert.Equal(new ActorCode(country, null), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // a demonym that does not end the clause describes something else
    [InlineData("Karim Osei, who is Ghanaian by birth and a banker, denied the charges.", "Karim Osei")]
    [InlineData("Lucia Brandt, who was Chilean ambassador to Spain, retired.", "Lucia Brandt")]
    public void Other_clauses_leave_the_person(string text, string name)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == name);
        Assert.NotEqual("entities.nationality.v1", document.Entities[mention.Entity].Rule);
    }
}
