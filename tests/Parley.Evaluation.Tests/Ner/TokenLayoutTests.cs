using Parley.Evaluation.Ner;

namespace Parley.Evaluation.Tests.Ner;

public sealed class TokenLayoutTests
{
    [Theory]
    [InlineData("China 's Foreign Ministry said , \" We will act . \"", "China's Foreign Ministry said, \"We will act.\"")]
    [InlineData("He did n't pay $ 40 ( about 10 % ) .", "He didn't pay $40 (about 10%).")]
    [InlineData("“ No , ” said Rubio ’s aide in Kabul / Doha .", "“No,” said Rubio’s aide in Kabul/Doha.")]
    [InlineData("Talks resumed in U.S. capital", "Talks resumed in U.S. capital")]
    public void Joins_tokens_with_newswire_spacing(string tokens, string expected) =>
        Assert.Equal(expected, TokenLayout.Join(tokens.Split(' ')).Text);

    [Fact]
    public void Each_token_starts_where_its_text_is()
    {
        var tokens = "Turkey 's envoy , Ali Demir , left .".Split(' ');

        var (text, starts) = TokenLayout.Join(tokens);

        for (var i = 0; i < tokens.Length; i++)
            Assert.Equal(tokens[i], text.Substring(starts[i], tokens[i].Length));
    }

    [Theory]
    [InlineData("Ana met  Bo.", new[] { "Ana", "met", "Bo", "." }, new[] { 0, 4, 9, 11 })]
    [InlineData("Ana met Bo.", new[] { "Ana", "saw", "Bo", "." }, null)]
    public void Aligns_tokens_to_the_original_text_or_refuses(string text, string[] tokens, int[]? expected) =>
        Assert.Equal(expected, TokenLayout.Align(tokens, text));

    [Fact]
    public void Prefers_the_original_text_when_tokens_line_up()
    {
        var (text, starts) = TokenLayout.Layout(["Oslo", "(", "Norway", ")"], "Oslo ( Norway)");

        Assert.Equal("Oslo ( Norway)", text);
        Assert.Equal([0, 5, 7, 13], starts);
    }
}
