using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Text;

/// <summary>
/// <c>text.Sentences.v1</c>: groups tokens into sentences. A sentence ends at ". ! ?" (with any closing quotes or
/// brackets), at an abbreviation only when a sentence plainly starts after it, at a blank line, and at a line
/// break that ends a line without final punctuation (headlines and section headings are their own sentences).
/// Every token belongs to exactly one sentence; sentences span from their first token to their last.
/// </summary>
public sealed class SentenceSplitter : IComponent
{
    /// <summary>Abbreviations that always precede a name, so they never end a sentence.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "sgt.", "capt.",
        "cmdr.", "adm.", "maj.", "pres.", "amb.", "rev.", "hon.", "st.", "mt.", "ft.", "no.", "nos.", "vs.", "fig.", "vol.",
    ]);

    /// <summary>Capitalised words that usually open a sentence, so an abbreviation before them ends one.</summary>
    private static readonly FrozenSet<string> Starters = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "Or", "So", "Yet", "If", "When", "While", "After", "Before", "As", "His",
        "Her", "Its", "Their", "Our", "My", "Some", "Many", "Most", "Officials", "Police", "According", "Meanwhile",
        "However", "Still", "Earlier", "Later", "Last", "Next", "Since", "For", "Despite", "Although", "Both",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "text.Sentences.v1";

    public Layers Requires => Layers.Tokens;

    public Layers Assigns => Layers.Sentences;

    public void Process(Document document, CancellationToken cancellationToken) =>
        document.SetSentences(Split(document.Text, document.Tokens.AsSpan()));

    /// <summary>Splits tokenized text into sentences; also used directly by tests and benchmarks.</summary>
    public static ImmutableArray<Sentence> Split(string text, ReadOnlySpan<Token> tokens)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>(tokens.Length / 20 + 1);
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var last = i;
            // A sentence never ends on its own first punctuation mark: "crimes. … A green card" keeps "…" with "A".
            if (!(i == first && tokens[i].Is(TokenShape.Punctuation)) && EndsSentence(text, tokens, ref last))
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
                first = last + 1;
                i = last;
            }
        }
        if (first < tokens.Length)
            sentences.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Length - first));
        return sentences.ToImmutable();
    }

    /// <summary>Whether a sentence ends at token <paramref name="last"/>, moving it past closing quotes and brackets.</summary>
    private static bool EndsSentence(string text, ReadOnlySpan<Token> tokens, ref int last)
    {
        var i = last;
        if (i + 1 >= tokens.Length)
            return false;
        var token = tokens[i];
        var t = text.AsSpan(token.Start, token.End - token.Start);
        var next = tokens[i + 1];
        if (next.Is(TokenShape.AfterNewline) && LineBreakEnds(text, token, next, t))
            return true;
        bool ends;
        if (t is "!" or "?")
            ends = true;
        else if (t is ".")
            ends = !ContinuesAfterPeriod(text, next); // "Sun., March 16", "approx. five"
        else if (t is "\u2026" || (t.Length >= 2 && t[0] == '.'))
            ends = OpensSentence(text, next, anyCapital: true);
        else if (token.Is(TokenShape.Word) && t[^1] == '.')
            ends = !TitleLookup.Contains(t) && !IsInitial(t, token) && OpensSentence(text, next, anyCapital: false);
        else
            return false;
        if (!ends)
            return false;
        // Closing quotes and brackets right after the terminator stay with this sentence.
        while (last + 1 < tokens.Length && tokens[last + 1].Is(TokenShape.Punctuation) && tokens[last + 1].Start == tokens[last].End
               && IsCloser(text[tokens[last + 1].Start]))
            last++;
        return last + 1 < tokens.Length;
    }

    /// <summary>A comma, semicolon or lower-case word after a period shows the period closed an abbreviation.</summary>
    private static bool ContinuesAfterPeriod(string text, Token next) =>
        text[next.Start] is ',' or ';' or ':' || char.IsLower(text[next.Start]);

    private static bool IsInitial(ReadOnlySpan<char> t, Token token) => t.Length == 2 && token.Is(TokenShape.Capitalized);

    /// <summary>After an abbreviation or ellipsis: the next token opens a sentence (a usual opener, an opening quote).</summary>
    private static bool OpensSentence(string text, Token next, bool anyCapital)
    {
        var n = text.AsSpan(next.Start, next.End - next.Start);
        if (next.Is(TokenShape.Punctuation))
            return n is "\"" or "\u201C" or "\u2018";
        return (anyCapital && next.Is(TokenShape.Capitalized)) || StarterLookup.Contains(n);
    }

    /// <summary>
    /// A line break ends a sentence after a blank line, or when the line has no final punctuation and the next line
    /// does not read as its continuation (hard-wrapped prose continues with a lower-case word).
    /// </summary>
    private static bool LineBreakEnds(string text, Token token, Token next, ReadOnlySpan<char> t)
    {
        var gap = text.AsSpan(token.End, next.Start - token.End);
        var breaks = 0;
        foreach (var c in gap)
            if (c == '\n')
                breaks++;
        if (breaks >= 2)
            return true;
        if (t is "," or ";" or ":" or "-" or "\u2013" or "\u2014" or "(" or "&")
            return false;
        return !(char.IsLower(text[next.Start]) || char.IsAsciiDigit(text[next.Start]));
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';
}
