namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A name the knowledge base lacks, then a comma and a definite post that names its body ("the U.N. special envoy for Libya",
/// "the EU's chief negotiator", "the senior adviser to the Kenyan government") is a person who works for that body; a
/// relation that is no post ("the wife of", "the lawyer for", "the longtime critic of") is not read as one.
/// </summary>
public sealed class DefiniteTitledAppositivesTests
{
    [Theory]
    [InlineData("Marguerite Dalloway-Renn, the U.N. special envoy for Libya, urged the rival governments to resume talks.", "Marguerite Dalloway-Renn", "IGO")]
    [InlineData("Rosalind Achterberg, the EU's chief negotiator, rejected the British offer on fishing rights.", "Rosalind Achterberg", "IGO")]
    [InlineData("Ayodele Marchetti, the chief spokesman for the Taliban, denied that the school had been closed.", "Ayodele Marchetti", "AFG")]
    [InlineData("Kasimir Thorlaksen, the senior adviser to the Kenyan government, defended the new tax in Nairobi.", "Kasimir Thorlaksen", "KEN")]
    [InlineData("Orsolya Penderhaze, the wealthy adviser to French President Emmanuel Macron, praised the budget deal.", "Orsolya Penderhaze", "FRA")]
    public void A_definite_post_that_names_its_body_makes_the_person_its_own(string text, string words, string country) =>
        Assert.StartsWith(country, EntityTestDocuments.CodeOf(text, words), StringComparison.Ordinal);

    [Theory]
    [InlineData("Mirela Okonjo, the wife of the Nigerian ambassador, opened the exhibition in Lagos.", "Mirela Okonjo")]
    [InlineData("Teodor Lanzavecchia, the lawyer for the Kenyan Defence Ministry, spoke to reporters.", "Teodor Lanzavecchia")]
    [InlineData("Ignatius Brauneck, the longtime critic of the Taliban, spoke at the conference in Geneva.", "Ignatius Brauneck")]
    [InlineData("Leontyne Vasquez-Obi, the U.N. building's architect, spoke at the opening.", "Leontyne Vasquez-Obi")]
    [InlineData("Ludovica Harrowgate, the shadow foreign secretary for Britain's Labour opposition, condemned the deal.", "Ludovica Harrowgate")]
    public void A_relation_or_a_thing_that_is_no_post_is_not_read_as_one(string text, string words)
    {
        var document = EntityTestDocuments.Run(text);
        foreach (var m in document.Mentions)
            if (document.TextOf(m.Range).StartsWith(words, StringComparison.Ordinal))
                Assert.NotEqual("entities.appositive.definite-post.v1", document.Entities[m.Entity].Rule);
    }
}
