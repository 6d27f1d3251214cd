using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Whose the thing a reply or a judgement answers is: "the peace initiative of the Saudi crown prince", "an offer of autonomy
/// from the government", "the announcement that Ukraine had agreed", "the decision by Kenya to close the camps".
/// </summary>
internal static class TargetOwners
{
    /// <summary>Things put forward, decided or done that someone may back, reject or criticise; the doer is named after them.</summary>
    private static readonly FrozenSet<string> Deeds = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "plan", "plans", "proposal", "proposals", "offer", "offers", "initiative", "initiatives", "ruling", "rulings", "verdict", "decision", "decisions",
        "move", "moves", "step", "steps", "action", "actions", "announcement", "announcements", "policy", "policies", "demand", "demands", "call", "calls",
        "appeal", "appeals", "request", "requests", "bid", "pledge", "pledges", "promise", "promises", "decree", "order", "orders", "measure", "measures",
        "resolution", "roadmap", "blueprint", "vision", "formula", "suggestion", "suggestions", "overture", "overtures", "stance", "position", "efforts", "effort",
        "statement", "statements", "remarks", "comments", "declaration", "invitation", "deal", "mediation", "strategy", "coup");

    /// <summary>Deeds whose content a "that" clause tells, with its doer as the clause's subject ("the decision that Kenya would close ...").</summary>
    private static readonly FrozenSet<string> Told = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "announcement", "announcements", "decision", "decisions", "news", "pledge", "promise", "statement", "declaration", "move");

    /// <summary>Things two sides hold or make together: the sides are named after "with" or "between" ("the deal between X and Y").</summary>
    private static readonly FrozenSet<string> Partnered = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "treaty", "talks", "negotiations", "summit", "meeting", "meetings",
        "relationship", "relations", "ties", "dialogue", "ceasefire", "truce", "settlement", "alliance", "partnership", "rapprochement", "reconciliation");

    /// <summary>Whether the word names something two sides hold or make together ("deal", "talks", "summit").</summary>
    public static bool IsPartnered(ReadOnlySpan<char> word) => Partnered.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether the word names a deed someone may back, reject or criticise ("ruling", "plan", "decision").</summary>
    public static bool IsDeed(ReadOnlySpan<char> word) => Deeds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// "the ruling of the international boundary commission", "a plan by the mediators": the token after the "of" or "by" of a
    /// deed within a few words of <paramref name="from"/>, before any punctuation; null when the object is no such deed.
    /// </summary>
    public static int? AuthorStart(Document document, int from, int end)
    {
        // "denounced what she termed a “coup by the generals”": the deed may stand in quotes.
        var reach = from + 3;
        for (var t = from; t + 2 < end && t <= reach; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is "\"" or "“" or "'" or "‘")
            {
                reach++;
                continue;
            }
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
            if (IsDeed(document.Slice(document.Tokens[t].Range)) && document.Slice(document.Tokens[t + 1].Range) is "of" or "by")
                return t + 2;
        }
        return null;
    }

    /// <summary>How many words of a content phrase ("of limited regional autonomy") may stand between a deed and its "from" or "by".</summary>
    private const int ContentWindow = 6;

    /// <summary>The doer named after the deed at <paramref name="noun"/>; null when its phrase names none outside the source.</summary>
    public static int[]? Doer(Document document, int noun, List<ActorGroup> groups, int[] source)
    {
        var tokens = document.Tokens;
        if (noun + 2 >= tokens.Length)
            return null;
        var word = document.Slice(tokens[noun].Range);
        var next = document.Slice(tokens[noun + 1].Range);
        ActorGroup? found = null;
        if (next is "that" && Told.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            found = GroupSearch.GroupStartingNear(groups, noun + 2, 1) is { } subject && !GroupSearch.PrepositionBetween(document, noun + 2, subject.FirstToken) ? subject : null;
        else if (next is "of" && Deeds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            found = OwnerOrAuthor(document, noun + 2, groups);
        if (found is not { } g || g.Mentions.Any(source.Contains))
            return null;
        return GroupSearch.WithConjoinedCountry(document, g);
    }

    /// <summary>
    /// After the deed's "of": its owner right there ("the initiative of the Saudi crown prince"), else the one after the "from" or
    /// "by" that closes a short content phrase ("an offer of limited autonomy from the government"); null when neither is named.
    /// </summary>
    private static ActorGroup? OwnerOrAuthor(Document document, int at, List<ActorGroup> groups)
    {
        if (GroupSearch.GroupStartingNear(groups, at, 1) is { } owner)
            return GroupSearch.PrepositionBetween(document, at, owner.FirstToken) ? null : owner;
        for (var t = at; t + 1 < document.Tokens.Length && t <= at + ContentWindow; t++)
        {
            var token = document.Tokens[t];
            if (token.Is(TokenShape.Punctuation) || GroupSearch.GroupStartingNear(groups, t, 0) is not null)
                return null;
            if (document.Slice(token.Range) is "from" or "by")
                return GroupSearch.GroupStartingNear(groups, t + 1, 1) is { } author && !GroupSearch.PrepositionBetween(document, t + 1, author.FirstToken) ? author : null;
        }
        return null;
    }
}
