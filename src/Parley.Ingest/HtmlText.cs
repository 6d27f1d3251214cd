using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parley.Ingest;

/// <summary>
/// Renders HTML as plain text the way a reader sees it: whitespace collapsed, one paragraph per block
/// element, paragraphs separated by a blank line, <c>&lt;br&gt;</c> as a line break, scripts and styles dropped.
/// </summary>
internal static partial class HtmlText
{
    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul");

    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "head", "iframe", "svg", "object");

    /// <summary>The text of an HTML fragment or document; markup-free input keeps its blank-line paragraphs.</summary>
    public static string FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html); // a parser per call: AngleSharp does not promise thread safety
        var root = (INode?)document.Body ?? document.DocumentElement;
        var writer = new Writer();
        if (root.ChildNodes.Any(static n => n is IElement))
            Walk(root, writer);
        else
            writer.AddPlain(root.TextContent);
        return writer.ToString();
    }

    public static string FromNode(INode root)
    {
        var writer = new Writer();
        Walk(root, writer);
        return writer.ToString();
    }

    private static void Walk(INode node, Writer writer)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Add(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName == "br":
                    writer.LineBreak();
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    writer.Paragraph();
                    Walk(element, writer);
                    writer.Paragraph();
                    break;
                case IElement element:
                    if (element.LocalName is "td" or "th")
                        writer.Add(" ");
                    Walk(element, writer);
                    break;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)")]
    private static partial System.Text.RegularExpressions.Regex BlankLines();

    /// <summary>Accumulates paragraphs, collapsing whitespace runs to one space.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _paragraph = new();
        private bool _pendingSpace;

        public void Add(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = _paragraph.Length > 0 && _paragraph[^1] != '\n';
                    continue;
                }
                if (_pendingSpace)
                    _paragraph.Append(' ');
                _pendingSpace = false;
                _paragraph.Append(c);
            }
        }

        public void AddPlain(string text)
        {
            foreach (var block in BlankLines().Split(text))
            {
                Add(block);
                Paragraph();
            }
        }

        public void LineBreak()
        {
            if (_paragraph.Length > 0)
                _paragraph.Append('\n');
            _pendingSpace = false;
        }

        public void Paragraph()
        {
            _pendingSpace = false;
            while (_paragraph.Length > 0 && _paragraph[^1] == '\n')
                _paragraph.Length--;
            if (_paragraph.Length == 0)
                return;
            if (_text.Length > 0)
                _text.Append("\n\n");
            _text.Append(_paragraph);
            _paragraph.Clear();
        }

        public override string ToString()
        {
            Paragraph();
            return _text.ToString();
        }
    }
}
