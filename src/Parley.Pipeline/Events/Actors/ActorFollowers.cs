using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Supporters of opposition leader X blocked roads", "followers of President Y rallied": a leader's followers act, not the
/// leader; they are the people of the leader's country, in the leader's own non-state sector (opposition, rebels, clergy),
/// and never in his office (a president's supporters are no government).
/// </summary>
internal sealed partial class ActorResolver
{
    /// <summary>Nouns for a person's followers.</summary>
    private static readonly FrozenSet<string> FollowerWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "supporters", "followers", "loyalists", "partisans", "backers", "sympathizers", "sympathisers", "disciples");

    /// <summary>How many words of a title may stand between "of" and the name: "of leftist presidential candidate".</summary>
    private const int FollowerTitleReach = 4;

    /// <summary>Where "Supporters of" starts before a person's name; null when no follower noun governs it.</summary>
    private static int? FollowersStart(Document document, Mention mention, TokenIndex index)
    {
        var first = index.TokenAt(mention.Start);
        var floor = document.Sentences[document.SentenceAt(mention.Start)].FirstToken;
        for (var t = first - 1; t > floor && t >= first - 1 - FollowerTitleReach; t--)
        {
            var token = document.Tokens[t];
            if (token.Is(TokenShape.Punctuation))
                return null;
            if (document.Slice(token.Range) is "of")
                return FollowerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range)) ? document.Tokens[t - 1].Start : null;
        }
        return null;
    }

    /// <summary>The followers' code: the leader's country, his sector if it is a non-state one, else civilians.</summary>
    private static ActorCode FollowersCode(ActorCode leader) =>
        new(leader.Country, leader.Sector is null || Sectors.IsState(leader.Sector) ? "CVL" : leader.Sector);
}
