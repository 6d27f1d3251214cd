using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

public class FormSetTests
{
    [Theory]
    [InlineData(new[] { "agree", "agrees" }, "Agrees", true)] // a short list is scanned, ignoring case
    [InlineData(new[] { "agree", "agrees" }, "agreed", false)]
    [InlineData(new[] { "unacceptable", "irresponsible", "dangerous", "provocative", "illegal" }, "DANGEROUS", true)] // a long list is hashed, ignoring case
    [InlineData(new[] { "unacceptable", "irresponsible", "dangerous", "provocative", "illegal" }, "danger", false)]
    [InlineData(new[] { "unacceptable", "irresponsible", "dangerous", "provocative", "illegal" }, "", false)]
    public void ContainsAFormWhateverTheCase(string[] forms, string word, bool expected) =>
        Assert.Equal(expected, new FormSet(forms).Contains(word));

    [Theory]
    [InlineData(new[] { "*" }, true)]
    [InlineData(new[] { "to" }, false)]
    [InlineData(new[] { "star", "stars" }, false)]
    public void KnowsAGap(string[] forms, bool gap) => Assert.Equal(gap, new FormSet(forms).IsGap);
}
