using Parley.Pipeline.Text;

namespace Parley.Pipeline.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens.AsSpan()).Select(s => text[s.Start..s.End]).ToArray();
    }

    [Theory]
    [InlineData("The talks ended. Both sides left.", "The talks ended.|Both sides left.")]
    [InlineData("Did they agree? No! They did not.", "Did they agree?|No!|They did not.")]
    [InlineData("Mr. Lee met Dr. Kim in St. Louis.", "Mr. Lee met Dr. Kim in St. Louis.")]
    [InlineData("The U.S. and China signed it. The U.S. Senate must ratify it.", "The U.S. and China signed it.|The U.S. Senate must ratify it.")]
    [InlineData("Troops left the U.S. The base closed.", "Troops left the U.S.|The base closed.")]
    [InlineData("It starts on Jan. 5 and ends in Feb. The plan is set.", "It starts on Jan. 5 and ends in Feb.|The plan is set.")]
    [InlineData("John F. Kennedy spoke. He left.", "John F. Kennedy spoke.|He left.")]
    [InlineData("\"We will stay,\" he said. \"We will fight.\"", "\"We will stay,\" he said.|\"We will fight.\"")]
    [InlineData("He said: \u201CWe won.\u201D Then he left.", "He said: \u201CWe won.\u201D|Then he left.")]
    [InlineData("Resolution No. 5 passed at 3 p.m. on Monday.", "Resolution No. 5 passed at 3 p.m. on Monday.")]
    [InlineData("It was late... The end came.", "It was late...|The end came.")]
    [InlineData("It ended the Turkish-U.S. relationship. Talks stopped.", "It ended the Turkish-U.S. relationship.|Talks stopped.")]
    [InlineData("They were convicted. \u2026 A green card is not citizenship.", "They were convicted.|\u2026 A green card is not citizenship.")]
    [InlineData("Polls open Sun., March 16, at approx. nine.", "Polls open Sun., March 16, at approx. nine.")]
    [InlineData("Turnout was 61.5 percent. 12 seats changed hands.", "Turnout was 61.5 percent.|12 seats changed hands.")]
    public void Splits_on_final_punctuation_but_not_after_abbreviations(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(text));

    [Theory]
    [InlineData("Ceasefire holds in the north\nFighters stayed in their positions on Monday.", "Ceasefire holds in the north|Fighters stayed in their positions on Monday.")]
    [InlineData("WORLD NEWS\n\nThe summit opened.", "WORLD NEWS|The summit opened.")]
    [InlineData("The ministers said they\nwould meet again.", "The ministers said they\nwould meet again.")]
    [InlineData("First paragraph without a stop\n\nsecond paragraph", "First paragraph without a stop|second paragraph")]
    [InlineData("KUALA LUMPUR, Malaysia \u2013\nThe talks began.", "KUALA LUMPUR, Malaysia \u2013\nThe talks began.")]
    public void Splits_headlines_and_paragraphs_at_line_breaks(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(text));

    [Fact]
    public void Text_of_only_punctuation_is_one_sentence() =>
        Assert.Equal(["..."], Sentences("  ...  "));

    [Fact]
    public void Every_token_belongs_to_exactly_one_sentence_in_random_text()
    {
        var random = new Random(7);
        string[] pieces = ["The", "talks", "U.S.", "Mr.", ".", "!", "?", "\n", "\n\n", "\"", "\u201D", ",", "ended", "Jan.", "5", "...", "he", "F."];
        for (var n = 0; n < 300; n++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens.AsSpan());
            var next = 0;
            foreach (var s in sentences)
            {
                Assert.Equal(next, s.FirstToken);
                Assert.True(s.TokenCount > 0);
                Assert.Equal(tokens[s.FirstToken].Start, s.Start);
                Assert.Equal(tokens[s.EndToken - 1].End, s.End);
                next = s.EndToken;
            }
            Assert.Equal(tokens.Length, next);
        }
    }
}
