using System.Collections.Frozen;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

public class FormSetTests
{
    /// <summary>A vocabulary as the trigger finder numbers it: the set's forms first, then other words, ignoring case.</summary>
    private static (FormSet Set, FrozenDictionary<string, int> Vocabulary) Make(string[] forms)
    {
        var words = forms.Concat(["danger", "agreed", "said"]).Distinct(StringComparer.OrdinalIgnoreCase);
        var vocabulary = words.Select((w, i) => (w, i)).ToFrozenDictionary(p => p.w, p => p.i, StringComparer.OrdinalIgnoreCase);
        return (new FormSet(forms, vocabulary), vocabulary);
    }

    [Theory]
    [InlineData(new[] { "agree", "agrees" }, "Agrees", true)] // a short list is scanned, ignoring case
    [InlineData(new[] { "agree", "agrees" }, "agreed", false)]
    [InlineData(new[] { "unacceptable", "irresponsible", "dangerous", "provocative", "illegal" }, "DANGEROUS", true)] // a long list is a bit test, ignoring case
    [InlineData(new[] { "unacceptable", "irresponsible", "dangerous", "provocative", "illegal" }, "danger", false)]
    [InlineData(new[] { "unacceptable", "irresponsible", "dangerous", "provocative", "illegal" }, "", false)]
    public void ContainsAFormWhateverTheCase(string[] forms, string word, bool expected)
    {
        var (set, vocabulary) = Make(forms);
        Assert.Equal(expected, set.Contains(vocabulary.TryGetValue(word, out var id) ? id : -1));
    }

    [Theory]
    [InlineData(new[] { "*" }, true)]
    [InlineData(new[] { "to" }, false)]
    [InlineData(new[] { "star", "stars" }, false)]
    public void KnowsAGap(string[] forms, bool gap) => Assert.Equal(gap, Make(forms).Set.IsGap);
}
