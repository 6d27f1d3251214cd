using Parley.Core;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Ner;

/// <summary>The two column layouts read: Universal NER (tab-separated, index first) and CoNLL-2003 (space-separated).</summary>
public enum NerFormat { Auto, Uner, Conll2003 }

/// <summary>A gold entity span: character offsets into the sentence (or document) text and its type (PER, ORG, ...).</summary>
public readonly record struct NerSpan(int Start, int End, string Type);

/// <summary>One gold sentence: its text as laid out by <see cref="TokenLayout"/>, its spans, and its document id.</summary>
public sealed record NerSentence(string Id, string DocumentId, string Text, IReadOnlyList<NerSpan> Spans);

/// <summary>
/// Reads IOB2-tagged CoNLL-style files. UNER: <c>index TAB token TAB tag ...</c> with <c># newdoc id</c>/<c># sent_id</c>
/// comments; CoNLL-2003: <c>token POS chunk tag</c> with <c>-DOCSTART-</c> lines. A blank line ends a sentence.
/// </summary>
public static class ConllNer
{
    public static NerFormat Detect(string path)
    {
        ArticleFactory.RequireFile(path, "NER gold");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
                return NerFormat.Conll2003;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && int.TryParse(line.AsSpan(0, tab), out _))
                return NerFormat.Uner;
            if (line.Split(' ').Length >= 2)
                return NerFormat.Conll2003;
            break;
        }
        ErrorCodes.Throw(ErrorCodes.BadUserData, $"{path}: cannot tell the column format; pass a Universal NER .iob2 file or a CoNLL-2003 file, or name the format.");
        return NerFormat.Auto;
    }

    public static IReadOnlyList<NerSentence> Read(string path, NerFormat format = NerFormat.Auto)
    {
        if (format == NerFormat.Auto)
            format = Detect(path);
        ArticleFactory.RequireFile(path, "NER gold");
        var sentences = new List<NerSentence>();
        var tokens = new List<(string Token, string Tag)>();
        string? sentenceId = null, sentenceText = null;
        var documentId = "doc-0";
        int documents = 0, lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            if (format == NerFormat.Uner && line.StartsWith('#'))
            {
                if (Comment(line, "newdoc id") is { } doc)
                    documentId = doc;
                else if (Comment(line, "sent_id") is { } id)
                    sentenceId = id;
                else if (Comment(line, "text") is { } original)
                    sentenceText = original;
                continue;
            }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                documentId = $"doc-{++documents}";
                continue;
            }
            var cells = format == NerFormat.Uner ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (token, tag) = format == NerFormat.Uner
                ? (cells.Length >= 3 ? (cells[1], cells[2]) : default)
                : (cells.Length >= 2 ? (cells[0], cells[^1]) : default);
            if (token is null || token.Length == 0)
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"{path} line {lineNumber}: expected {(format == NerFormat.Uner ? "index, token and tag separated by tabs" : "token ... tag separated by spaces")}.");
            tokens.Add((token, tag));
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0)
                return;
            sentences.Add(Build(sentenceId ?? $"{documentId}-s{sentences.Count + 1}", documentId, tokens, sentenceText));
            tokens.Clear();
            sentenceId = sentenceText = null;
        }
    }

    /// <summary>Lays the tokens out (<see cref="TokenLayout"/>) and turns IOB2 tags into character spans (a stray I- starts a span, as in IOB1).</summary>
    internal static NerSentence Build(string id, string documentId, List<(string Token, string Tag)> tokens, string? original = null)
    {
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            words[i] = tokens[i].Token;
        var (text, starts) = TokenLayout.Layout(words, original);
        var spans = new List<NerSpan>();
        int spanStart = -1, spanEnd = -1;
        string? spanType = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (token, tag) = tokens[i];
            var (start, end) = (starts[i], starts[i] + token.Length);
            var (prefix, type) = tag.Length > 2 && tag[1] == '-' ? (tag[0], tag[2..]) : ('O', null);
            if (type is not null && prefix == 'I' && type == spanType)
            {
                spanEnd = end;
                continue;
            }
            Close();
            if (type is not null && prefix is 'B' or 'I')
                (spanStart, spanEnd, spanType) = (start, end, type);
        }
        Close();
        return new NerSentence(id, documentId, text, spans);

        void Close()
        {
            if (spanType is not null)
                spans.Add(new NerSpan(spanStart, spanEnd, spanType));
            spanType = null;
        }
    }

    private static string? Comment(string line, string key)
    {
        var body = line.AsSpan(1).Trim();
        if (!body.StartsWith(key, StringComparison.Ordinal))
            return null;
        var rest = body[key.Length..].TrimStart();
        return rest.StartsWith('=') ? rest[1..].Trim().ToString() : null;
    }
}
