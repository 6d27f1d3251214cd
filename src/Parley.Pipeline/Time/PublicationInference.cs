using System.Buffers;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// <c>time.Publication.v1</c>: keeps the article's publication time; without one, infers the day from the text:
/// a dated dateline ("WASHINGTON, July 10, 2025 -"), else the full dates written in it: the day before the
/// earliest future-tense one ("will meet on Friday, July 11, 2025"), else the latest other one. Leaves it null when
/// the text has no full date, so the tagger keeps unresolved values.
/// </summary>
public sealed class PublicationInference : IComponent
{
    public string Name => "time.Publication.v1";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Assigns => Layers.Publication;

    public void Process(Document document, CancellationToken cancellationToken) =>
        document.SetPublication(document.Published ?? Infer(document.Text, document.Tokens.AsSpan(), document.Sentences.AsSpan()));

    /// <summary>The inferred publication day, or null when the text gives no full date to infer it from.</summary>
    public static Publication? Infer(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences)
    {
        var lex = ArrayPool<Lex>.Shared.Rent(tokens.Length);
        try
        {
            TimeTagger.Classify(text, tokens, lex);
            var day = Scan(text, tokens, lex.AsSpan(0, tokens.Length), sentences);
            return day is { } d ? new Publication(d, null, PublishedSource.Inferred) : null;
        }
        finally
        {
            ArrayPool<Lex>.Shared.Return(lex);
        }
    }

    private static DateOnly? Scan(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Lex> lex, ReadOnlySpan<Sentence> sentences)
    {
        DateOnly? latestPast = null, earliestFuture = null;
        (int Month, int Day)? undatedDateline = null;
        foreach (var sentence in sentences)
        {
            var s = new TimeScan(text, tokens, lex, null, sentence.FirstToken, sentence.EndToken);
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (ExplicitDateRules.Match(s, i) is not { } m || m.Day == 0)
                    continue;
                var dateline = ExplicitDateRules.IsDateline(s, m.First);
                if (!m.IsFullDate)
                {
                    if (dateline)
                        undatedDateline ??= (m.Month, m.Day);
                    i = m.End - 1;
                    continue;
                }
                var date = new DateOnly(m.Year, m.Month, m.Day);
                if (dateline)
                    return date;
                if (TenseCues.Around(s, m.First, m.End) is Tense.Future or Tense.Prospective)
                    earliestFuture = earliestFuture is { } f && f <= date ? f : date;
                else
                    latestPast = latestPast is { } p && p >= date ? p : date;
                i = m.End - 1;
            }
        }
        // A date announced as coming bounds publication from above and says the most; past dates only bound it below.
        var best = earliestFuture?.AddDays(-1) ?? latestPast;
        // A dateline without a year ("WASHINGTON, July 10 -") takes the year of the dates in the story.
        if (undatedDateline is var (month, day) && best is { } b)
            return Calendar.MonthDay(b, month, day, Tense.None) ?? best;
        return best;
    }
}
