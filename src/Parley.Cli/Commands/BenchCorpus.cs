using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Core;
using W = Parley.Cli.Commands.BenchWords;

namespace Parley.Cli.Commands;

/// <summary>
/// A synthetic news corpus for <c>parley bench</c>: wire-style English built from our own word lists and sentence
/// templates, with a dateline, officials with titles, countries, cities, dates and event verbs, so that every
/// pipeline stage does work. Fixed seed: the same count and seed always give the same articles.
/// </summary>
public static class BenchCorpus
{
    public const int DefaultSeed = 20250710;
    public const int DefaultCount = 2000;

    /// <summary>Yields <paramref name="count"/> articles, each of about 300 to 700 words.</summary>
    public static IEnumerable<Article> Generate(int count, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
            yield return Next(random, i);
    }

    /// <summary>Writes articles as JSON Lines in the shape <c>parley extract</c> reads (id, title, published, text).</summary>
    public static void WriteJsonLines(IEnumerable<Article> articles, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var a in articles)
        {
            writer.Reset(output);
            writer.WriteStartObject();
            writer.WriteString("id", a.Id);
            writer.WriteString("title", a.Title);
            writer.WriteString("published", a.Published?.Value);
            writer.WriteString("text", a.Text);
            writer.WriteEndObject();
            writer.Flush();
            output.WriteByte((byte)'\n');
        }
    }

    private static Article Next(Random random, int index)
    {
        var published = new DateOnly(2024, 1, 1).AddDays(random.Next(730));
        var lead = Pick(random, W.Officials);
        var text = new StringBuilder(4096);
        text.Append(Pick(random, W.Cities).ToUpperInvariant()).Append(", ")
            .Append(W.Months[published.Month - 1]).Append(' ').Append(published.Day).Append(" (Parley Wire) - ");
        var sentences = 14 + random.Next(20);
        for (var s = 0; s < sentences; s++)
        {
            var actor = s == 0 || random.Next(3) == 0 ? lead : Pick(random, W.Officials);
            Sentence(random, text, actor, s == 0 ? lead.Title + " " + lead.Name : Speaker(random, actor), published);
            text.Append(random.Next(6) == 0 ? "\n\n" : " ");
        }
        var id = "bench-" + index.ToString("D6", CultureInfo.InvariantCulture);
        return new Article(id, text.ToString().TrimEnd())
        {
            Title = $"{lead.Surname} {Pick(random, W.Verbs)} {Pick(random, W.Countries)} over {Pick(random, W.Topics)}",
            Published = new Publication(published, null, PublishedSource.Metadata),
            Origin = "synthetic corpus",
        };
    }

    private static void Sentence(Random random, StringBuilder text, W.Official actor, string speaker, DateOnly published)
    {
        var other = Pick(random, W.Officials);
        var country = Pick(random, W.Countries);
        switch (random.Next(8))
        {
            case 0:
                text.Append($"{speaker} {Pick(random, W.Verbs)} {other.Demonym} officials in {Pick(random, W.Cities)} {When(random, published)}, {actor.Country}'s state news agency said.");
                break;
            case 1:
                text.Append($"{Capital(actor.Demonym)} {Pick(random, W.Agents)} {Pick(random, W.Verbs)} {Pick(random, W.Agents)} near the border with {country} {When(random, published)}, according to a statement.");
                break;
            case 2:
                text.Append($"{speaker} said {When(random, published)} that talks on {Pick(random, W.Topics)} with {country} would resume in {Pick(random, W.Cities)}.");
                break;
            case 3:
                text.Append($"{Capital(actor.Country)} and {country} signed an agreement on {Pick(random, W.Topics)} in {Pick(random, W.Cities)} {When(random, published)}.");
                break;
            case 4:
                text.Append($"\"We will not accept pressure on {Pick(random, W.Topics)},\" {actor.Surname} said, adding that {other.Title} {other.Name} had been warned {When(random, published)}.");
                break;
            case 5:
                text.Append($"{speaker} {Pick(random, W.Verbs)} {other.Title} {other.Name} {When(random, published)} and urged {country} to release detained {Pick(random, W.Agents)}.");
                break;
            default:
                text.Append(Pick(random, W.Filler));
                break;
        }
    }

    /// <summary>How later sentences name an official: by surname, full name, or title and surname, as reporters do.</summary>
    private static string Speaker(Random random, W.Official o) => random.Next(3) switch
    {
        0 => o.Surname,
        1 => o.Name,
        _ => o.Title + " " + o.Surname,
    };

    private static string When(Random random, DateOnly published)
    {
        switch (random.Next(4))
        {
            case 0: return "on " + W.Weekdays[random.Next(7)];
            case 1:
                var day = published.AddDays(-random.Next(20));
                return $"on {W.Months[day.Month - 1]} {day.Day}";
            case 2:
                var date = published.AddDays(-random.Next(400));
                return $"on {date.Day} {W.Months[date.Month - 1]} {date.Year}";
            default: return Pick(random, W.Relative);
        }
    }

    private static string Capital(string s) => s.StartsWith("the ", StringComparison.Ordinal) ? "The " + s[4..] : s;

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
