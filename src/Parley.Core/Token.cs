namespace Parley.Core;

/// <summary>What kind of characters a token is made of; computed once by the tokenizer.</summary>
[Flags]
public enum TokenShape : byte
{
    None = 0,
    Word = 1,
    Number = 2,
    Punctuation = 4,
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 8,
    /// <summary>Every letter is upper case and there are at least two.</summary>
    AllCaps = 16,
    /// <summary>Whitespace before this token contains a line break.</summary>
    AfterNewline = 32,
}

/// <summary>One token: a range of the text and its shape.</summary>
public readonly record struct Token(int Start, int End, TokenShape Shape)
{
    public TextRange Range => new(Start, End);

    public bool Is(TokenShape shape) => (Shape & shape) != 0;
}

/// <summary>A sentence: its text range and the tokens inside it, <c>[FirstToken, FirstToken + TokenCount)</c>.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public TextRange Range => new(Start, End);

    public int EndToken => FirstToken + TokenCount;
}
