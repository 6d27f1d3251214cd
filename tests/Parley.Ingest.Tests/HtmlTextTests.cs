namespace Parley.Ingest.Tests;

public class HtmlTextTests
{
    [Theory]
    [InlineData("<p>One.</p><p>Two.</p>", "One.\n\nTwo.")]
    [InlineData("<p>  Spaces   and\n\tnewlines   collapse. </p>", "Spaces and newlines collapse.")]
    [InlineData("<p>Line one<br>line two<br/></p>", "Line one\nline two")]
    [InlineData("<h2>Heading</h2>Loose text<div>Block</div>", "Heading\n\nLoose text\n\nBlock")]
    [InlineData("<ul><li>First</li><li>Second</li></ul>", "First\n\nSecond")]
    [InlineData("<p>Tom &amp; Jerry &#8212; caf&eacute;</p>", "Tom & Jerry — café")]
    [InlineData("<p>Kept</p><script>drop()</script><style>p{}</style><noscript>drop</noscript>", "Kept")]
    [InlineData("<p>in<b>line</b> <i>tags</i> join</p>", "inline tags join")]
    [InlineData("<table><tr><td>Votes</td><td>412</td></tr><tr><td>Seats</td><td>9</td></tr></table>", "Votes 412\n\nSeats 9")]
    [InlineData("<div><div><p>Deep</p></div></div>", "Deep")]
    [InlineData("", "")]
    public void Markup_becomes_paragraphs_separated_by_blank_lines(string html, string text) =>
        Assert.Equal(text, HtmlText.FromHtml(html));

    [Theory]
    [InlineData("Plain description.", "Plain description.")]
    [InlineData("First paragraph.\n\nSecond  paragraph.\r\n \r\nThird.", "First paragraph.\n\nSecond paragraph.\n\nThird.")]
    [InlineData("Fish &amp; chips", "Fish & chips")]
    public void Markup_free_text_keeps_its_blank_line_paragraphs(string input, string text) =>
        Assert.Equal(text, HtmlText.FromHtml(input));
}
