using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Trump said he would speak with Trudeau on Monday. He also threatened ...": a subject pronoun opening a sentence
/// continues the person the sentence before opened with (its subject), not the person named last in it; an opening "It" before
/// a past verb continues the state or body it opened with.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>
    /// "Chile recalled its envoy on Monday. It also accused Peru of ...": a sentence-opening "It" before a past verb (not the
    /// empty subject of "It was unclear ...") is the state or body that opened the sentence before; true when it was bound.
    /// </summary>
    private bool OpeningIt(int sentenceIndex, int i)
    {
        var sentence = document.Sentences[sentenceIndex];
        if (i != sentence.FirstToken || document.Slice(document.Tokens[i].Range) is not "It")
            return false;
        var next = i + 1;
        while (next < sentence.EndToken && document.Slice(document.Tokens[next].Range) is var adverb
            && (adverb is "also" or "then" or "later" or "subsequently" || adverb.Length > 4 && adverb.EndsWith("ly", StringComparison.Ordinal)))
            next++;
        if (next >= sentence.EndToken || document.Slice(document.Tokens[next].Range) is not { Length: > 3 } verb
            || !verb.EndsWith("ed", StringComparison.Ordinal) || verb.EndsWith("eed", StringComparison.Ordinal) || verb is "seemed" or "appeared" or "remained")
            return false;
        var subject = PreviousSubject(sentenceIndex, e => table[e].Type is EntityType.Gpe or EntityType.Org);
        if (subject < 0)
            return false;
        table.Mention(document.Tokens[i].Start, document.Tokens[i].End, subject, MentionKind.Pronoun);
        return true;
    }

    /// <summary>
    /// The entity (a person for "He") that opens the sentence before <paramref name="sentenceIndex"/> (past a demonym of a titled name:
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
        if (opening is not { } subject || !accept(subject.Entity)
            || document.Text.AsSpan(subject.End).StartsWith("'s", StringComparison.Ordinal) || document.Text.AsSpan(subject.End).StartsWith("’s", StringComparison.Ordinal))
            return -1;
        // Only a subject: the name opens the sentence, at most past a few words of title ("U.S. President X").
        var opensAt = document.Tokens[previous.FirstToken].Start;
        return subject.Start - opensAt <= 40 ? subject.Entity : -1;
    }
}
