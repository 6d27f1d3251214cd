using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>What a possessive country before another actor is: that actor's description, or an actor of its own.</summary>
internal static partial class ActorGroups
{
    /// <summary>
    /// "China's top diplomat Wang Yi", "America's top diplomat, Secretary of State Marco Rubio": between a possessive country
    /// and a name, only capitalised title words and lower-case titles; "Turkey's president held talks with Putin" has a verb
    /// between, so the country's office acts itself. Without a title list, any words pass.
    /// </summary>
    private static bool OnlyTitlesBetween(Document document, int from, int to, FrozenDictionary<string, AgentWord>? titles)
    {
        if (titles is null)
            return true;
        var lookup = titles.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = document.Tokens;
        for (var t = from; t < to;)
        {
            var token = tokens[t];
            var text = document.Slice(token.Range);
            if (token.Is(TokenShape.Capitalized) || !token.Is(TokenShape.Word) || text is "of" or "the" or "'s" or "’s" or "s")
            {
                t++;
                continue;
            }
            // A run of lower-case words ending in a title ("top diplomat", "war veterans leader").
            var end = t;
            while (end < to && tokens[end].Is(TokenShape.Word) && !tokens[end].Is(TokenShape.Capitalized) && document.Slice(tokens[end].Range) is not "of" and not "the")
                end++;
            if (end > t && !EndsInTitle(document, t, end, lookup))
                return false;
            t = Math.Max(end, t + 1);
        }
        return true;
    }

    /// <summary>Whether <paramref name="next"/> is a body (not a person) of the possessive country's own, only capitalised words between.</summary>
    private static bool OwnBodyAfter(Document document, Mention possessive, Mention next, TokenIndex index)
    {
        if (document.Entities[possessive.Entity].KbKey is not { } key || !key.StartsWith("country:", StringComparison.Ordinal)
            || document.Entities[next.Entity] is not { Type: not EntityType.Person, Actor: { } actor } || !key.AsSpan(8).SequenceEqual(actor.Country))
            return false;
        var tokens = document.Tokens;
        for (var t = index.TokenAt(possessive.End - 1) + 1; t < tokens.Length && tokens[t].End <= next.Start; t++)
            if (!tokens[t].Is(TokenShape.Capitalized) && document.Slice(tokens[t].Range) is not ("'s" or "’s" or "s" or "'" or "’"))
                return false;
        return true;
    }

    /// <summary>"foreign minister", "war veterans leader", "trade union leader": the run's last one to three words are a title.</summary>
    private static bool EndsInTitle(Document document, int from, int end, FrozenDictionary<string, AgentWord>.AlternateLookup<ReadOnlySpan<char>> titles)
    {
        var tokens = document.Tokens;
        for (var start = Math.Max(from, end - 3); start < end; start++)
            if (titles.ContainsKey(document.Text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start)))
                return true;
        return false;
    }
}
