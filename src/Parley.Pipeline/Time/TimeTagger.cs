using System.Buffers;
using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// <c>time.Tagger.v1</c>: finds TIMEX3 time expressions and gives each its TimeML value, resolved against the DCT.
/// One left-to-right pass per sentence; at each token the rule families are tried in order, the first match wins
/// and scanning resumes after it. Without a DCT, relative expressions keep unresolved values (XXXX-01, PAST_REF).
/// </summary>
public sealed class TimeTagger : IComponent
{
    private delegate int Rule(in TimeScan scan, int token, ImmutableArray<TimeExpression>.Builder output);

    /// <summary>Most specific first: a full date before a bare weekday, an "ago" date before a bare duration.</summary>
    private static readonly Rule[] Rules =
    [
        ExplicitDateRules.Try, ClockRules.Try, NeighbourRules.Try, RelativeRules.Try, SetRules.Try, NamedPeriodRules.Try,
        DurationRules.Try, YearRules.Try, ReferenceRules.Try,
    ];

    public string Name => "time.Tagger.v1";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Publication;

    public Layers Assigns => Layers.Times;

    public void Process(Document document, CancellationToken cancellationToken) =>
        document.SetTimes(Tag(document.Text, document.Tokens.AsSpan(), document.Sentences.AsSpan(), document.Published?.Date));

    /// <summary>Tags a tokenized, sentence-split text against a DCT (null when unknown).</summary>
    public static ImmutableArray<TimeExpression> Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, DateOnly? dct)
    {
        // Calendar arithmetic near the ends of DateOnly's range would overflow; such a DCT is no real one.
        if (dct is { Year: < 1000 or > 9000 })
            dct = null;
        var output = ImmutableArray.CreateBuilder<TimeExpression>();
        var lex = ArrayPool<Lex>.Shared.Rent(tokens.Length);
        try
        {
            Classify(text, tokens, lex);
            foreach (var sentence in sentences)
            {
                var scan = new TimeScan(text, tokens, lex.AsSpan(0, tokens.Length), dct, sentence.FirstToken, sentence.EndToken);
                for (var i = sentence.FirstToken; i < sentence.EndToken;)
                    i = Match(scan, i, output);
            }
        }
        finally
        {
            ArrayPool<Lex>.Shared.Return(lex);
        }
        return output.ToImmutable();
    }

    private static int Match(in TimeScan scan, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        // Only tokens that can open a time expression are tried; most tokens are rejected by this one check.
        var kind = scan.Lex[i].Kind;
        if (kind is LexKind.Past or LexKind.Future or LexKind.Prospective or LexKind.Preposition or LexKind.Connector || kind == LexKind.None && !MayOpen(scan.Word(i)))
            return i + 1;
        foreach (var rule in Rules)
        {
            var end = rule(scan, i, output);
            if (end > i)
                return end;
        }
        return i + 1;
    }

    /// <summary>Words outside the lexicon that still open an expression: "mid-January", "five-year", "Q3", "FY2024", "once", "yearlong".</summary>
    private static bool MayOpen(ReadOnlySpan<char> w) =>
        w.Contains('-') || w.Length == 2 && w[0] is 'Q' or 'H' || w.StartsWith("FY", StringComparison.Ordinal) || w.Equals("once", StringComparison.OrdinalIgnoreCase) || w.Equals("twice", StringComparison.OrdinalIgnoreCase)
        || w.Equals("these", StringComparison.OrdinalIgnoreCase) || w.Equals("recent", StringComparison.OrdinalIgnoreCase) || w.Equals("present", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("long", StringComparison.OrdinalIgnoreCase);

    /// <summary>Looks every token up once: the rules then compare small enums, not strings.</summary>
    internal static void Classify(string text, ReadOnlySpan<Token> tokens, Span<Lex> lex)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var w = text.AsSpan(t.Start, t.End - t.Start);
            if (t.Is(TokenShape.Number))
            {
                lex[i] = IsDigits(w) && w.Length <= 9 ? new Lex(LexKind.Number, int.Parse(w, provider: System.Globalization.CultureInfo.InvariantCulture)) : new Lex(LexKind.OtherNumber, 0);
                continue;
            }
            if (w.Length > 24)
            {
                lex[i] = default;
                continue;
            }
            if (!TimeLexicon.Lookup.TryGetValue(w, out var l) && w.Length > 1 && w[^1] == '.')
                TimeLexicon.Lookup.TryGetValue(w[..^1], out l);
            else if (l.Kind == LexKind.None && w.Length > 3 && w[^1] is 's' && w[^2] is '\'' or '\u2019'
                     && TimeLexicon.Lookup.TryGetValue(w[..^2], out l) && l.Kind is not (LexKind.Future or LexKind.Past or LexKind.Prospective))
                l = l with { Possessive = true };
            lex[i] = l;
        }
    }

    private static bool IsDigits(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
            if (!char.IsAsciiDigit(c))
                return false;
        return true;
    }
}
