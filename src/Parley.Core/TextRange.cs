namespace Parley.Core;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);

    public override string ToString() => $"[{Start},{End})";
}
