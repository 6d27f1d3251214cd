using Parley.Core;
using Parley.Pipeline.Text;

namespace Parley.Pipeline.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) =>
        Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("The U.S. envoy didn't stay.", "The|U.S.|envoy|didn't|stay|.")]
    [InlineData("Mr. Lee met Gen. Park on Jan. 5.", "Mr.|Lee|met|Gen.|Park|on|Jan.|5|.")]
    [InlineData("John F. Kennedy", "John|F.|Kennedy")]
    [InlineData("the Turkish-U.S. deal", "the|Turkish-U.S.|deal")]
    [InlineData("1,500 fighters and 3.5 tons on 2025-07-11 or 7/11/2025", "1,500|fighters|and|3.5|tons|on|2025-07-11|or|7/11/2025")]
    [InlineData("F-35 jets, COVID-19 and a well-known G20 deal", "F-35|jets|,|COVID-19|and|a|well-known|G20|deal")]
    [InlineData("Wait... what -- now?", "Wait|...|what|--|now|?")]
    [InlineData("\u201CNo,\u201D she said \u2014 firmly.", "\u201C|No|,|\u201D|she|said|\u2014|firmly|.")]
    [InlineData("at 3:30 p.m. in the 1990s", "at|3:30|p.m.|in|the|1990s")]
    [InlineData("Xi\u2019s visit; O'Brien's note", "Xi\u2019s|visit|;|O'Brien's|note")]
    [InlineData("The answer was 2025.", "The|answer|was|2025|.")]
    [InlineData("$2025 and 45%", "$|2025|and|45|%")]
    public void Cuts_words_numbers_and_punctuation(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Words(text));

    [Fact]
    public void Marks_shapes_and_line_breaks()
    {
        var tokens = Tokenizer.Tokenize("NATO said\nParis 12 ,");
        Assert.Equal(TokenShape.Word | TokenShape.Capitalized | TokenShape.AllCaps, tokens[0].Shape);
        Assert.Equal(TokenShape.Word, tokens[1].Shape);
        Assert.Equal(TokenShape.Word | TokenShape.Capitalized | TokenShape.AfterNewline, tokens[2].Shape);
        Assert.Equal(TokenShape.Number, tokens[3].Shape);
        Assert.Equal(TokenShape.Punctuation, tokens[4].Shape);
    }

    [Fact]
    public void Single_capital_letter_is_capitalized_but_not_all_caps() =>
        Assert.Equal(TokenShape.Word | TokenShape.Capitalized, Tokenizer.Tokenize("I")[0].Shape);

    [Fact]
    public void Empty_and_blank_text_give_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\t "));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Cuts_random_text_exactly_as_the_reference_tokenizer(int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["a", "Z", "U", "0", "9", " ", ".", ",", "'", "-", "\u2019", "/", ":", "\n", "$", "\u00E9", "\u00AD", "Mr", "Jan", "x", "\u4E2D", "\u0661"];
        for (var n = 0; n < 500; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 120)).Select(_ => pieces[random.Next(pieces.Length)]));
            var fast = Tokenizer.Tokenize(text).Select(t => (t.Start, t.End, t.Shape & (TokenShape.Word | TokenShape.Number | TokenShape.Punctuation)));
            Assert.True(ReferenceTokenizer.Tokenize(text).SequenceEqual(fast), $"tokens differ for \"{text}\"");
        }
    }

    [Fact]
    public void Random_text_gives_ordered_tokens_inside_the_text()
    {
        var random = new Random(20250710);
        const string alphabet = "aZ09 .,'-\u2019\u201C\n$:/...--U.S.\u00E9\u4E2D";
        for (var n = 0; n < 500; n++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            var previousEnd = 0;
            foreach (var token in Tokenizer.Tokenize(text))
            {
                Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length, $"token {token.Range} in \"{text}\"");
                Assert.False(char.IsWhiteSpace(text[token.Start]));
                previousEnd = token.End;
            }
        }
    }
}
