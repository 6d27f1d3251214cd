using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A name the knowledge base lacks, then a comma and a bare post of a body or a state ("director-general of the Japanese
/// Foreign Ministry's ... Bureau"), is a person who works for it; a relation that is no post ("wife of", "lawyer for") is not.
/// </summary>
public sealed class TitledAppositivesTests
{
    [Theory]
    [InlineData("Kenji Mori, director-general of the Japanese Foreign Ministry's Southeast Asian Affairs Bureau, flew to Manila.", "Kenji Mori", "JPN")]
    [InlineData("Ruth Okafor, spokeswoman for the Nigerian Defence Ministry's press office, denied the report.", "Ruth Okafor", "NGA")]
    [InlineData("Piet Jansen, deputy head of the World Health Organization's Africa office, visited Goma.", "Piet Jansen", "IGO")]
    public void A_post_of_a_body_makes_the_person_its_own(string text, string words, string country) =>
        Assert.StartsWith(country, EntityTestDocuments.CodeOf(text, words), StringComparison.Ordinal);

    [Theory]
    [InlineData("Maria Lopez, wife of the Peruvian ambassador, travelled to Lima on Monday.", "Maria Lopez")]
    [InlineData("Sam Odhiambo, lawyer for the Kenyan Defence Ministry's former chief, spoke to reporters.", "Sam Odhiambo")]
    public void A_relation_that_is_no_post_is_not_read_as_one(string text, string words)
    {
        var document = EntityTestDocuments.Run(text);
        foreach (var m in document.Mentions)
            if (document.TextOf(m.Range).StartsWith(words, StringComparison.Ordinal))
                Assert.NotEqual("entities.appositive.post.v1", document.Entities[m.Entity].Rule);
    }
}
