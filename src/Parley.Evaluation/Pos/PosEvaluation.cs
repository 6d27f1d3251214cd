using Parley.Core;
using Parley.Pipeline.Events;
using Parley.Pipeline.Text;

namespace Parley.Evaluation.Pos;

/// <summary>
/// Scores <see cref="PosTagger"/> on a Universal Dependencies CoNLL-U file: each sentence's <c># text</c> is tokenized,
/// split and tagged as Parley reads an article, each gold word is matched to the Parley token that starts where it
/// starts (the second piece of "Russia's" or "don't", which Parley keeps in one token, is not scored), and the token's
/// Penn tag, mapped by <see cref="UposMap"/>, is compared with the gold UPOS.
/// </summary>
public static class PosEvaluation
{
    public static PosReport Evaluate(TextReader conllu, PosTagger tagger, IReadOnlySet<string> triggerWords)
    {
        ArgumentNullException.ThrowIfNull(conllu);
        ArgumentNullException.ThrowIfNull(tagger);
        var report = new PosReport();
        Span<char> scratch = stackalloc char[64];
        foreach (var sentence in Conllu.Read(conllu))
        {
            report.Sentences++;
            var text = sentence.Text;
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens.AsSpan());
            var tags = tagger.Tag(text, tokens.AsSpan(), sentences.AsSpan());
            var k = 0;
            foreach (var word in sentence.Words)
            {
                report.Gold++;
                while (k < tokens.Length && tokens[k].Start < word.Start)
                    k++;
                if (word.Start < 0 || k >= tokens.Length || tokens[k].Start != word.Start)
                {
                    report.Unaligned++;
                    continue;
                }
                var form = text[tokens[k].Start..tokens[k].End];
                var predicted = UposMap.Upos(tags.AsSpan(), k, form);
                var first = sentences.Any(s => s.FirstToken == k);
                tagger.Lookup(form, tokens[k].Shape, first, scratch, out var known);
                report.Add(word.Upos, predicted, known);
                if (word.Upos is "VERB" or "NOUN" && triggerWords.Contains(word.Form))
                    report.AddTrigger(word.Upos, predicted);
            }
        }
        return report;
    }

    /// <summary>
    /// The words that are triggers in the event patterns (<c>data/patterns</c>): every form of the first word of each
    /// verb or noun pattern that is not a blocker ("attacks", "talks", "fire"), compared without case.
    /// </summary>
    public static IReadOnlySet<string> TriggerWords(IEnumerable<EventPattern> patterns)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in patterns)
            if (!p.IsBlocker && p.Kind != TriggerKind.Frame && p.Trigger.Length > 0)
                foreach (var form in p.Trigger[0])
                    if (form.Length > 1 && char.IsLetter(form[0]))
                        words.Add(form);
        return words;
    }
}
