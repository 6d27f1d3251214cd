using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "the 2000 Algiers peace accord", "the Minsk agreements", "walked out of the Doha talks": a capital that names an agreement,
/// a round of talks or a meeting is where it was made or held, not one of its parties, so it is a place, not its government.
/// </summary>
internal static class AccordVenues
{
    /// <summary>Heads that are nouns only: an accord, a meeting, a process.</summary>
    private static readonly FrozenSet<string> Heads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "accord", "accords", "agreement", "agreements", "declaration", "protocol", "protocols", "summit", "conference", "treaty",
        "truce", "ceasefire", "cease-fire", "communique", "memorandum", "negotiations", "framework", "roadmap", "format", "process",
        "understanding", "formula", "dialogue");

    /// <summary>Heads that are also verbs ("Moscow plans to", "Washington talks tough"): nouns only after a determiner or a modifier.</summary>
    private static readonly FrozenSet<string> VerbHeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "talks", "deal", "deals", "plan", "pact", "meeting", "meetings", "consultations", "initiative", "arrangement", "charter");

    /// <summary>Words that may stand between the city and the head: "the Algiers peace accord", "the Minsk ceasefire agreements".</summary>
    private static readonly FrozenSet<string> Modifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "peace", "ceasefire", "cease-fire", "nuclear", "trade", "climate", "security", "border", "power-sharing", "normalisation",
        "normalization", "reconciliation", "political", "framework", "prisoner", "grain");

    private const int MostModifiers = 2;

    /// <summary>Whether the capital matched at <paramref name="m"/> opens the name of an agreement, talks or a meeting.</summary>
    public static bool NamesVenue(Document document, NameMatch m)
    {
        // "Moscow's treaty with Pyongyang": a possessive capital is a party.
        if (MatchContext.IsPossessive(document, m))
            return false;
        var tokens = document.Tokens;
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        var determined = Determined(document, m.FirstToken, sentence.FirstToken);
        for (var t = m.EndToken; t < sentence.EndToken && t <= m.EndToken + MostModifiers; t++)
        {
            var word = document.Slice(tokens[t].Range);
            if (NameCues.Contains(Heads, word) || NameCues.Contains(VerbHeads, word) && (determined || t > m.EndToken))
                return true;
            if (!NameCues.Contains(Modifiers, word))
                return false;
        }
        return false;
    }

    /// <summary>"the Doha talks", "its Minsk commitments", "the 2015 Minsk deal": a determiner, maybe with a year, before the city.</summary>
    private static bool Determined(Document document, int first, int sentenceStart)
    {
        var t = first - 1;
        if (t >= sentenceStart && document.Slice(document.Tokens[t].Range) is var year && year.Length == 4 && char.IsAsciiDigit(year[0]))
            t--;
        return t >= sentenceStart && document.Slice(document.Tokens[t].Range) is "the" or "The" or "a" or "an" or "its" or "their" or "his" or "her" or "this" or "that";
    }
}
