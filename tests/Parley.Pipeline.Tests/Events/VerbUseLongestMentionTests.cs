using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// VerbUse finds the demonym before a trigger by halving, bounded by the document's longest mention (measured once per
/// mention layer): the bound is the plain maximum, and the demonym reading is unchanged.
/// </summary>
public sealed class VerbUseLongestMentionTests
{
    private static Document Run(string text) =>
        PipelineCatalog.Default.Run(new Article("test", text) { Published = new Publication(new DateOnly(2025, 4, 2), null, PublishedSource.Option) });

    [Theory]
    [InlineData("The Organization for Security and Co-operation in Europe sent observers to Tbilisi. Georgian officials welcomed them.")]
    [InlineData("Chilean protesters marched in Santiago on Monday. Later the Chilean demand for a new constitution grew louder.")]
    [InlineData("Nothing was named here at all.")]
    public void LongestMentionIsThePlainMaximum(string text)
    {
        var document = Run(text);
        var plain = document.Mentions.Length == 0 ? 0 : document.Mentions.Max(m => m.End - m.Start);
        Assert.Equal(plain, VerbUse.LongestMention(document));
        // asked again, the same answer from the cache
        Assert.Equal(plain, VerbUse.LongestMention(document));
    }
}
