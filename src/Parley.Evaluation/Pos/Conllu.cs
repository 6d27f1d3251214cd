namespace Parley.Evaluation.Pos;

/// <summary>One gold word of a CoNLL-U sentence: its form, universal tag and offsets in the sentence's <c># text</c> (-1 when not found there).</summary>
public sealed record ConlluWord(string Form, string Upos, int Start, int End);

/// <summary>A CoNLL-U sentence: its <c># text</c> and its words (multiword-token lines and empty nodes left out).</summary>
public sealed record ConlluSentence(string Text, IReadOnlyList<ConlluWord> Words);

/// <summary>
/// Reads Universal Dependencies CoNLL-U: blocks of ten tab-separated columns per word, a <c># text = ...</c> comment
/// per sentence. Each word is placed in the text by searching its form from where the previous one ended, so
/// "don't" (a multiword token "do" + "n't") gives "do" at 0-2 and "n't" at 2-5; a form not found there gets -1.
/// </summary>
public static class Conllu
{
    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        string? text = null;
        var words = new List<ConlluWord>();
        var cursor = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                if (words.Count > 0 && text is not null)
                    yield return new ConlluSentence(text, words);
                text = null;
                words = [];
                cursor = 0;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                    text = line["# text = ".Length..];
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length < 4 || cells[0].Contains('-') || cells[0].Contains('.'))
                continue;
            var form = cells[1];
            var at = text is null ? -1 : text.IndexOf(form, cursor, StringComparison.Ordinal);
            if (at >= 0)
                cursor = at + form.Length;
            words.Add(new ConlluWord(form, cells[3], at, at < 0 ? -1 : at + form.Length));
        }
        if (words.Count > 0 && text is not null)
            yield return new ConlluSentence(text, words);
    }
}
