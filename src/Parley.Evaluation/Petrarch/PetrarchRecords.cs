using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Parley.Core;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Petrarch;

/// <summary>An event as PETRARCH codes it: source actor, target actor (first three letters of each code) and CAMEO code.</summary>
public readonly record struct CameoTriple(string Source, string Target, string Cameo)
{
    public static CameoTriple Of(string source, string target, string cameo) => new(Actor(source), Actor(target), cameo.Trim());

    /// <summary>The same dyad with the CAMEO root (first two digits) only.</summary>
    public CameoTriple Root => this with { Cameo = Cameo.Length > 2 ? Cameo[..2] : Cameo };

    public static string Actor(string code)
    {
        var c = code.Trim();
        return c.Length > 3 ? c[..3] : c;
    }

    public override string ToString() => $"{(Source.Length == 0 ? "-" : Source)} {(Target.Length == 0 ? "-" : Target)} {Cameo}";
}

/// <summary>One unit-test sentence: its expected triples (none for <c>noevents</c> and expected-error records).</summary>
public sealed record PetrarchRecord(string Id, string Category, DateOnly Date, string Text, IReadOnlyList<CameoTriple> Expected, string? ExpectedError);

/// <summary>Reads PETRARCH's <c>PETR.UnitTest.records.xml</c>: <c>&lt;Sentence date id category&gt;</c> elements; the parse trees are ignored.</summary>
public static class PetrarchRecords
{
    public static IReadOnlyList<PetrarchRecord> Read(string path)
    {
        ArticleFactory.RequireFile(path, "PETRARCH unit-test records");
        XDocument xml;
        try
        {
            xml = XDocument.Load(path);
        }
        catch (XmlException e)
        {
            ErrorCodes.Throw(ErrorCodes.BadUserData, $"{path} is not well-formed XML ({e.Message}); pass PETR.UnitTest.records.xml.");
            return [];
        }
        var records = new List<PetrarchRecord>();
        foreach (var sentence in xml.Descendants("Sentence"))
        {
            var id = Attribute(sentence, "id") ?? $"record-{records.Count + 1}";
            var expected = new List<CameoTriple>();
            string? error = null;
            foreach (var coding in sentence.Elements("EventCoding"))
            {
                if (Attribute(coding, "error") is { } e)
                    error = e;
                else if (Attribute(coding, "eventcode") is { } code)
                {
                    var triple = CameoTriple.Of(Attribute(coding, "sourcecode") ?? "", Attribute(coding, "targetcode") ?? "", code);
                    if (!expected.Contains(triple))
                        expected.Add(triple);
                }
            }
            records.Add(new PetrarchRecord(id, Attribute(sentence, "category") ?? "", Date(Attribute(sentence, "date"), path, id),
                Normalize((string?)sentence.Element("Text") ?? ""), expected, error));
        }
        return records;
    }

    /// <summary>The text on one line: the file wraps sentences over several lines.</summary>
    internal static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Attribute(XElement e, string name) => e.Attribute(name)?.Value;

    private static DateOnly Date(string? value, string path, string id)
    {
        if (DateOnly.TryParseExact(value?.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        ErrorCodes.Throw(ErrorCodes.BadUserData, $"{path}: record '{id}' has date '{value}'; it must be YYYYMMDD.");
        return default;
    }
}
