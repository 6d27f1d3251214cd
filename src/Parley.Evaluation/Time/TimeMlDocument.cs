using System.Globalization;
using System.Text;
using Parley.Core;

namespace Parley.Evaluation.Time;

/// <summary>A gold time expression: offsets into the tag-stripped text, its TIMEX3 type and value.</summary>
public readonly record struct GoldTime(int Start, int End, string Type, string Value);

/// <summary>
/// One TempEval-3 TimeML file read as plain text with gold offsets: the DCT from <c>&lt;DCT&gt;</c>, the text of
/// <c>&lt;TEXT&gt;</c> with every tag removed and XML entities decoded, and the inline TIMEX3s.
/// </summary>
public sealed record TimeMlDocument(string Id, string Text, DateOnly? Dct, IReadOnlyList<GoldTime> Times)
{
    public static TimeMlDocument Parse(string id, string xml)
    {
        DateOnly? dct = null;
        var dctStart = xml.IndexOf("<DCT>", StringComparison.Ordinal);
        if (dctStart >= 0 && Attribute(TagAt(xml, xml.IndexOf("<TIMEX3", dctStart, StringComparison.Ordinal)), "value") is { Length: >= 10 } v
            && DateOnly.TryParseExact(v.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            dct = d;
        var open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var close = xml.LastIndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open)
            ErrorCodes.Throw(ErrorCodes.Unreadable, $"TimeML file '{id}' has no <TEXT>...</TEXT> element; give TempEval-3 TimeML files.");
        var (text, times) = Strip(xml.AsSpan(open + 6, close - open - 6));
        return new TimeMlDocument(id, text, dct, times);
    }

    private static (string Text, List<GoldTime> Times) Strip(ReadOnlySpan<char> body)
    {
        var text = new StringBuilder(body.Length);
        var times = new List<GoldTime>();
        var openTimes = new Stack<(int Start, string Type, string Value)>();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '<')
            {
                var end = body[i..].IndexOf('>');
                if (end < 0)
                    break;
                var tag = body.Slice(i, end + 1);
                if (tag.StartsWith("<TIMEX3", StringComparison.Ordinal))
                {
                    var t = tag.ToString();
                    if (tag.EndsWith("/>", StringComparison.Ordinal))
                        times.Add(new GoldTime(text.Length, text.Length, Attribute(t, "type") ?? "", Attribute(t, "value") ?? ""));
                    else
                        openTimes.Push((text.Length, Attribute(t, "type") ?? "", Attribute(t, "value") ?? ""));
                }
                else if (tag.StartsWith("</TIMEX3", StringComparison.Ordinal) && openTimes.Count > 0)
                {
                    var (start, type, value) = openTimes.Pop();
                    times.Add(new GoldTime(start, text.Length, type, value));
                }
                i += end;
            }
            else if (c == '&' && Entity(body[i..], out var decoded, out var length))
            {
                text.Append(decoded);
                i += length - 1;
            }
            else
                text.Append(c);
        }
        times.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return (text.ToString(), times);
    }

    private static bool Entity(ReadOnlySpan<char> s, out char decoded, out int length)
    {
        ReadOnlySpan<(string Name, char Char)> entities = [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&apos;", '\'')];
        foreach (var (name, ch) in entities)
        {
            if (s.StartsWith(name, StringComparison.Ordinal))
            {
                (decoded, length) = (ch, name.Length);
                return true;
            }
        }
        (decoded, length) = ('&', 1);
        return false;
    }

    private static string TagAt(string xml, int start) =>
        start < 0 ? "" : xml.Substring(start, Math.Max(0, xml.IndexOf('>', start) - start + 1));

    /// <summary>The value of <paramref name="name"/>="..." in a start tag, or null.</summary>
    private static string? Attribute(string tag, string name)
    {
        var key = " " + name + "=\"";
        var at = tag.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var from = at + key.Length;
        var to = tag.IndexOf('"', from);
        return to < 0 ? null : tag[from..to];
    }
}
