using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "a court in The Hague", "judges at The Hague", "the Hague court": The Hague is the seat of the international courts and
/// tribunals (the ICJ, the ICC, the Permanent Court of Arbitration, the UN tribunals and their residual mechanism, the
/// Kosovo Specialist Chambers), so news names a court by that city for an international one (IGO), not a Dutch court.
/// </summary>
internal static class HagueCourts
{
    /// <summary>Words for a court or its officers.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CourtWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "court", "courts", "tribunal", "tribunals", "judge", "judges", "prosecutor", "prosecutors", "chamber", "chambers", "justices")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How far after a court word its seat may be told: " sitting in The Hague".</summary>
    private const int SeatReach = 24;

    public static readonly ActorCode International = new("IGO", "JUD");

    /// <summary>Whether an agent mention ending in a court word is seated in The Hague: "a court in The Hague", "Hague-based judges".</summary>
    public static bool Seated(Document document, Mention mention)
    {
        var phrase = document.Slice(mention.Range);
        // "a Dutch court in The Hague", "the Netherlands' supreme court": the phrase says the court is the state's own.
        if (phrase.Contains("Dutch", StringComparison.Ordinal) || phrase.Contains("Netherlands", StringComparison.Ordinal)
            || document.Text.AsSpan(0, mention.Start).TrimEnd().EndsWith("Dutch", StringComparison.Ordinal))
            return false;
        // the agent phrase may hold its place: "court in The Hague"
        if (phrase.EndsWith(" The Hague", StringComparison.OrdinalIgnoreCase))
        {
            var head = phrase[..^" The Hague".Length];
            if (head.LastIndexOf(' ') is not (var preposition and > 0))
                return false;
            head = head[..preposition]; // "court in", "judges at": the word before the preposition
            return CourtWords.Contains(head[(head.LastIndexOf(' ') + 1)..]);
        }
        if (!CourtWords.Contains(phrase[(phrase.LastIndexOf(' ') + 1)..]))
            return false;
        if (SeatedAfter(document, mention.End))
            return true;
        var before = document.Text.AsSpan(0, mention.Start).TrimEnd();
        return before.EndsWith("Hague", StringComparison.Ordinal) || before.EndsWith("Hague-based", StringComparison.Ordinal);
    }

    /// <summary>Whether the words at <paramref name="end"/> place what ends there in The Hague: " in The Hague", " sitting at The Hague".</summary>
    public static bool SeatedAfter(Document document, int end)
    {
        var after = document.Text.AsSpan(end, Math.Min(SeatReach, document.Text.Length - end));
        return after.StartsWith(" in The Hague", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" at The Hague", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith(" based in The Hague", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" sitting in The Hague", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the word names a court or its officers: "judges", "prosecutors".</summary>
    public static bool IsCourtWord(ReadOnlySpan<char> word) => CourtWords.Contains(word);

    /// <summary>Whether the city's name modifies a court word after it: "the Hague court", "The Hague tribunal ruled".</summary>
    public static bool Modifies(Document document, Mention mention)
    {
        if (!document.Slice(mention.Range).EndsWith("Hague", StringComparison.Ordinal))
            return false;
        var after = document.Text.AsSpan(mention.End).TrimStart();
        if (after.StartsWith("-based ", StringComparison.Ordinal))
            after = after[7..];
        var space = after.IndexOfAny(' ', ',', '.');
        return CourtWords.Contains(space < 0 ? after : after[..space]);
    }
}
