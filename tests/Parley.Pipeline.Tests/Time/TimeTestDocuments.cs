using Parley.Core;
using Parley.Pipeline.Text;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>Builds documents by hand and runs the text and time components over them.</summary>
internal static class TimeTestDocuments
{
    public static Document Tagged(string text, DateOnly? dct, bool inferPublication = false)
    {
        var article = new Article("test", text)
        {
            Published = dct is { } d ? new Publication(d, null, PublishedSource.Option) : null,
        };
        var document = new Document(article);
        new Tokenizer().Process(document, default);
        new SentenceSplitter().Process(document, default);
        if (inferPublication)
            new PublicationInference().Process(document, default);
        else
            document.SetPublication(document.Published);
        new TimeTagger().Process(document, default);
        return document;
    }

    public static Document Tagged(string text, string? dct) =>
        Tagged(text, dct is null or "" or "-" ? null : DateOnly.ParseExact(dct, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The time <see cref="EventTimeResolver"/> gives the act whose trigger is <paramref name="trigger"/>, in
    /// <paramref name="text"/> published on <paramref name="dct"/>: its first occurrence, or its last with <paramref name="last"/>.
    /// </summary>
    public static EventTime TimeOf(string text, string trigger, string dct, bool last = false)
    {
        var document = Tagged(text, dct);
        var start = last ? text.LastIndexOf(trigger, StringComparison.Ordinal) : text.IndexOf(trigger, StringComparison.Ordinal);
        Assert.True(start >= 0, $"trigger '{trigger}' is in the text");
        return EventTimeResolver.Resolve(document, document.SentenceAt(start), new TextRange(start, start + trigger.Length));
    }

    /// <summary>The expressions as "text=TYPE=value" joined by " | ", the format of cases.tsv.</summary>
    public static string Describe(Document document) =>
        string.Join(" | ", document.Times.Select(t => $"{document.TextOf(t.Range)}={t.Type.ToString().ToUpperInvariant()}={t.Value}"));
}
