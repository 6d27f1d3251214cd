using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// The view the time rules work on: the text, its tokens with their precomputed meanings, the sentence being
/// scanned (token indices <c>[First, End)</c>) and the DCT (null when unknown).
/// </summary>
internal readonly ref struct TimeScan(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Lex> lex, DateOnly? dct, int first, int end)
{
    public string Text { get; } = text;
    public ReadOnlySpan<Token> Tokens { get; } = tokens;
    public ReadOnlySpan<Lex> Lex { get; } = lex;
    public DateOnly? Dct { get; } = dct;
    public int First { get; } = first;
    public int End { get; } = end;

    /// <summary>The text of token i, or empty outside the sentence (rules look around without bounds checks).</summary>
    public ReadOnlySpan<char> Word(int i) => i >= First && i < End ? Text.AsSpan(Tokens[i].Start, Tokens[i].End - Tokens[i].Start) : [];

    /// <summary>True when token <paramref name="i"/> is inside the sentence and reads <paramref name="word"/> (any case).</summary>
    public bool Is(int i, string word) => i >= First && i < End && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public LexKind Kind(int i) => i >= First && i < End ? Lex[i].Kind : LexKind.None;

    public bool Is(int i, LexKind kind) => Kind(i) == kind;

    public int Value(int i) => Lex[i].Value;

    /// <summary>"days", "years" but not "year's".</summary>
    public bool Plural(int i) => Word(i) is [.., 's' or 'S'] && !Lex[i].Possessive;

    public bool Capitalized(int i) => i >= First && i < End && Tokens[i].Is(TokenShape.Capitalized);

    /// <summary>Whether tokens i and i+1 touch (no space between), e.g. "mid" "-" "2020".</summary>
    public bool Touching(int i) => i + 1 < End && Tokens[i].End == Tokens[i + 1].Start;

    /// <summary>A digits-only number token with the given length range, or -1.</summary>
    public int Digits(int i, int minLength, int maxLength)
    {
        if (Kind(i) != LexKind.Number)
            return -1;
        var len = Tokens[i].End - Tokens[i].Start;
        return len >= minLength && len <= maxLength ? Lex[i].Value : -1;
    }

    /// <summary>A plausible year written as four digits (1000-2099), or -1.</summary>
    public int Year(int i)
    {
        var y = Digits(i, 4, 4);
        return y is >= 1000 and <= 2099 ? y : -1;
    }

    /// <summary>A day of the month: "11", "11th", "1st", or -1.</summary>
    public int DayOfMonth(int i)
    {
        var d = Digits(i, 1, 2);
        if (d < 0 && Kind(i) == LexKind.OtherNumber)
        {
            var w = Word(i);
            if (w.Length is 3 or 4 && char.IsAsciiDigit(w[0]) && w[^2..] is "st" or "nd" or "rd" or "th")
                d = w.Length == 3 ? w[0] - '0' : char.IsAsciiDigit(w[1]) ? (w[0] - '0') * 10 + (w[1] - '0') : -1;
        }
        return d is >= 1 and <= 31 ? d : -1;
    }

    public TimeExpression Expression(int firstToken, int endToken, TimexType type, string value, string rule) =>
        new(Tokens[firstToken].Start, Tokens[endToken - 1].End - (Lex[endToken - 1].Possessive ? 2 : 0), type, value, rule);
}
