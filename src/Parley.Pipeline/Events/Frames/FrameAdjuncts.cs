using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Wire style puts adjuncts between a frame verb and its "to" or "that": "vowed in a statement on Monday to ...",
/// "pledged at a rally in the capital to ...", "threatened, in a letter to the council, to ...", "refused again to ...".
/// The frame still governs the act after the particle, so its trigger may reach across them.
/// </summary>
internal static class FrameAdjuncts
{
    /// <summary>How many tokens of adjuncts a frame may reach across before its particle.</summary>
    private const int Reach = 10;

    /// <summary>
    /// Prepositions that open an adjunct of place, occasion or medium: "in a statement", "at a rally", "during talks". Not
    /// "with": "agreed with Egypt to reopen" names the partner, which the verb's own target slot must still see.
    /// </summary>
    private static readonly FrozenSet<string> s_prepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "at", "on", "during", "after", "before", "following", "through", "via", "over", "amid", "under", "late", "early");

    /// <summary>Adverbs that may stand before the particle: "vowed again to", "threatened publicly to", "agreed in principle to".</summary>
    private static readonly FrozenSet<string> s_adverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "again", "also", "once", "publicly", "repeatedly", "formally", "openly", "explicitly", "privately", "reportedly", "now",
        "later", "earlier", "today", "yesterday", "tonight", "swiftly", "quickly", "immediately", "jointly", "unanimously", "firmly");

    /// <summary>
    /// Words that take "to" themselves, so the "to" after them is theirs, not the frame's: "failed in its bid to", "agreed in
    /// response to", "refused in order to", "pledged in addition to".
    /// </summary>
    private static readonly FrozenSet<string> s_ownTo = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "bid", "bids", "attempt", "attempts", "effort", "efforts", "move", "moves", "plan", "plans", "push", "drive", "campaign",
        "way", "order", "response", "reply", "reaction", "answer", "addition", "regard", "relation", "reference", "contrast",
        "opposition", "return", "exchange", "accordance", "preparation", "protest", "deference", "connection", "proximity",
        "close", "next", "prior", "due", "according", "owing", "up", "time", "chance", "opportunity", "right", "decision",
        "call", "calls", "appeal", "appeals");

    /// <summary>Nouns whose "to" names an addressee or destination: "vowed in a speech to parliament to ...", "in a letter to the UN".</summary>
    private static readonly FrozenSet<string> s_addressed = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "letter", "letters", "message", "speech", "address", "remarks", "statement", "visit", "trip", "journey", "note", "report", "briefing");

    /// <summary>Words that end an adjunct: a new clause or predicate starts there.</summary>
    private static readonly FrozenSet<string> s_breaks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "or", "but", "while", "which", "who", "whom", "whose", "where", "when", "because", "if", "unless", "said", "says", "not", "never");

    private static readonly FrozenSet<string> s_determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "any", "no", "every");

    /// <summary>
    /// "an offer from Qatar to host the talks", "Iran's refusal at the time to ...": after a determiner or a possessive the
    /// frame word is a noun, and what follows it is its own modifier, not an adjunct of a verb.
    /// </summary>
    public static bool ReadsAsNoun(Document document, int word)
    {
        if (word == 0)
            return false;
        var previous = document.Slice(document.Tokens[word - 1].Range);
        return s_determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)
            || previous.EndsWith("'s", StringComparison.Ordinal) || previous.EndsWith("’s", StringComparison.Ordinal) || previous is "'" or "’";
    }

    /// <summary>
    /// The token after the adjuncts that start at <paramref name="token"/> when <paramref name="particle"/> follows them; else
    /// <paramref name="token"/>. A comma-closed aside may hold anything of its own ("in a letter to the council"); an
    /// adjunct without commas runs from a preposition or adverb to the first particle, which must not belong to its last word.
    /// </summary>
    public static int After(Document document, int token, int limit, string[] particle)
    {
        var tokens = document.Tokens;
        var end = Math.Min(limit, token + Reach + 2);
        if (document.Slice(tokens[token].Range) is ",")
        {
            var after = AfterAside(document, token, limit);
            return after > token && after < limit && IsForm(document, after, particle) ? after : token;
        }
        var first = document.Slice(tokens[token].Range);
        if (!s_prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first) && !s_adverbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first))
            return token;
        for (var t = token + 1; t < end; t++)
        {
            var before = document.Slice(tokens[t - 1].Range);
            if (IsForm(document, t, particle) && !s_addressed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before))
                return s_ownTo.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) ? token : t;
            if (!tokens[t].Is(TokenShape.Word) && !tokens[t].Is(TokenShape.Number)
                || s_breaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[t].Range)))
                return token;
        }
        return token;
    }

    /// <summary>
    /// The token after a comma-closed aside that starts at the comma <paramref name="token"/> ("threatened, in a letter to the
    /// council, to ..."); <paramref name="token"/> itself when none does. The aside may hold anything but other punctuation.
    /// </summary>
    public static int AfterAside(Document document, int token, int limit)
    {
        var tokens = document.Tokens;
        if (document.Slice(tokens[token].Range) is not ",")
            return token;
        for (var t = token + 1; t < Math.Min(limit, token + Reach + 2); t++)
        {
            var text = document.Slice(tokens[t].Range);
            if (text is ",")
                return t > token + 1 && t + 1 < limit ? t + 1 : token;
            if (tokens[t].Is(TokenShape.Punctuation) && text is not ("-" or "'" or "’" or "\"" or "“" or "”"))
                return token;
        }
        return token;
    }

    private static bool IsForm(Document document, int token, string[] forms) => TriggerFinder.IsForm(document, token, forms);
}
