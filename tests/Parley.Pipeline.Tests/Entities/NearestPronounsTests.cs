using Parley.Core;
using Parley.Pipeline.Tests.Events;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "In his reply, Mensah said that he ...": a subject or object pronoun is the nearest person of its gender before it in the
/// text, even when a possessive earlier in the sentence was linked to someone of the sentence before.
/// </summary>
public sealed class NearestPronounsTests
{
    [Theory]
    [InlineData("Kenyan President William Ruto spoke first. In his reply, Ugandan President Yoweri Museveni said that he would close the border.", "Yoweri Museveni")]
    [InlineData("French President Emmanuel Macron spoke on Monday. In his statement, German Chancellor Friedrich Merz said he would veto the deal.", "Friedrich Merz")]
    [InlineData("Narendra Modi arrived in Colombo. On his return, Shehbaz Sharif said he would visit Kabul.", "Shehbaz Sharif")]
    [InlineData("Joe Biden left Paris on Monday. In his interview, Vladimir Putin said that he had ordered new drills.", "Vladimir Putin")]
    [InlineData("Lula da Silva met bankers. After his speech, Javier Milei said he was ready to sign.", "Javier Milei")]
    [InlineData("Xi Jinping hosted the summit. In his toast, Fumio Kishida said that he hoped for calm.", "Fumio Kishida")]
    public void A_subject_pronoun_is_the_nearest_person(string text, string person)
    {
        var document = EventTestDocuments.Run(text);
        var he = document.Mentions.Last(m => m.Kind == MentionKind.Pronoun && document.Slice(m.Range) is "he");
        Assert.Equal(person, document.Entities[he.Entity].Name);
    }

    [Fact]
    public void A_run_of_possessives_keeps_its_first_owner()
    {
        var document = EventTestDocuments.Run("Albanian leader Sali Berisha was sanctioned. Under the order, Berisha, his son, Erion Kola, and his brother were barred.");
        var brother = document.Mentions.Last(m => m.Kind == MentionKind.Pronoun && document.Slice(m.Range) is "his");
        Assert.Equal("Sali Berisha", document.Entities[brother.Entity].Name);
    }
}
