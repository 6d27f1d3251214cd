using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Trump said he would speak with Trudeau on Monday. He also threatened ...": a subject pronoun opening a sentence
/// continues the person the sentence before opened with (its subject), not the person named last in it.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>
    /// The person that opens the sentence before <paramref name="sentenceIndex"/> (past a demonym of a titled name:
    /// "Canadian Prime Minister X"), when <paramref name="accept"/> takes it and it owns nothing ("X's envoy"); else -1.
    /// </summary>
    private int PreviousSubject(int sentenceIndex, Func<int, bool> accept)
    {
        if (sentenceIndex == 0)
            return -1;
        var previous = document.Sentences[sentenceIndex - 1];
        Mention? first = null, second = null;
        foreach (var m in table.Mentions)
        {
            if (m.Start < previous.Start || m.End > previous.End)
                continue;
            if (first is null || m.Start < first.Value.Start)
                (first, second) = (m, first);
            else if (second is null || m.Start < second.Value.Start)
                second = m;
        }
        var opening = first is { Kind: MentionKind.Demonym } ? second : first;
        if (opening is not { } subject || table[subject.Entity].Type != EntityType.Person || !accept(subject.Entity)
            || document.Text.AsSpan(subject.End).StartsWith("'s", StringComparison.Ordinal) || document.Text.AsSpan(subject.End).StartsWith("’s", StringComparison.Ordinal))
            return -1;
        // Only a subject: the name opens the sentence, at most past a few words of title ("U.S. President X").
        var opensAt = document.Tokens[previous.FirstToken].Start;
        return subject.Start - opensAt <= 40 ? subject.Entity : -1;
    }
}
