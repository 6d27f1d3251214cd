using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Where a sentence says its action happened ("Maoist rebels ambushed a convoy in central India"): that place places the
/// sentence's domestic agents before the country the story is mostly about.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Words between "in" and a place that still name the place: "in central India", "in the Indian state of Bihar".</summary>
    private static readonly FrozenSet<string> PlaceModifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "northeast", "northwest",
        "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern",
        "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "far", "remote", "rural", "restive",
        "mainland", "coastal", "neighboring", "neighbouring", "of", "state", "province", "region", "district", "city", "town", "village",
        "capital", "parts", "part");

    /// <summary>Words after a place that end its phrase ("in India on Sunday", "in Kenya, police said"); other lower-case words make it a modifier ("the U.S. embassy").</summary>
    private static readonly FrozenSet<string> PlaceEnds = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "on", "in", "at", "and", "or", "with", "after", "before", "since", "during", "where", "when", "while", "as", "to", "for", "near",
        "over", "amid", "but", "which", "who", "that", "last", "this", "earlier", "late", "early", "overnight", "today", "yesterday");

    /// <summary>
    /// The country of the place the sentence names after "in", "inside" or "throughout": the first after the agent
    /// (<paramref name="agentEnd"/>), else the nearest before it ("In the Indian state of Bihar, rebels ..."); null when none.
    /// </summary>
    private string? SentencePlace(Sentence sentence, int agentEnd)
    {
        string? after = null, before = null;
        int firstAfter = int.MaxValue, lastBefore = -1;
        var mentions = table.Mentions;
        for (var i = table.FirstIndexFrom(sentence.Start); i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Start < sentence.Start || m.End > sentence.End || m.Kind is not (MentionKind.Name or MentionKind.Demonym)
                || (m.Start >= agentEnd ? m.Start >= firstAfter : m.Start <= lastBefore)
                || CountryOf(m.Entity) is not { } country || !IsWhere(sentence, m.Start, m.End, m.Kind == MentionKind.Demonym))
                continue;
            if (m.Start >= agentEnd)
                (firstAfter, after) = (m.Start, country);
            else
                (lastBefore, before) = (m.Start, country);
        }
        return after ?? before;
    }

    /// <summary>
    /// "collaborated with partners in Afghanistan", "fled to camps in Chad": a place inside a phrase of "with", "to", "from" or
    /// "by" is where that phrase's people are, not where the sentence's action happened.
    /// </summary>
    private bool InOtherPhrase(Sentence sentence, int preposition)
    {
        for (var t = preposition - 1; t >= sentence.FirstToken && t >= preposition - 3; t--)
            if (document.Slice(document.Tokens[t].Range) is "with" or "to" or "from" or "by" or "against" or "between")
                return true;
        return false;
    }

    /// <summary>"in central India", "throughout Mali,", "in the Indian state of Bihar" (a demonym only before a place noun).</summary>
    private bool IsWhere(Sentence sentence, int start, int end, bool demonym)
    {
        var tokens = document.Tokens;
        var at = sentence.FirstToken;
        while (at < sentence.EndToken && tokens[at].Start < start)
            at++;
        var after = at;
        while (after < sentence.EndToken && tokens[after].Start < end)
            after++;
        if (after < sentence.EndToken)
        {
            var next = document.Slice(tokens[after].Range);
            if (demonym ? !NameCues.Contains(NameCues.PlaceNouns, next) : char.IsLower(next[0]) && !NameCues.Contains(PlaceEnds, next) && !next.EndsWith("ing", StringComparison.Ordinal))
                return false;
        }
        else if (demonym)
            return false;
        for (var t = at - 1; t >= sentence.FirstToken && t >= at - 6; t--)
        {
            var word = document.Slice(tokens[t].Range);
            if (word is "in" or "In" or "inside" or "Inside" or "throughout" or "Throughout")
                return !InOtherPhrase(sentence, t);
            // "in the Indian state of Bihar": the demonym and the place noun before "of" are part of the place's phrase.
            if (!NameCues.Contains(PlaceModifiers, word) && !(tokens[t].Is(TokenShape.Capitalized) && t + 1 < at && document.Slice(tokens[t + 1].Range) is "state" or "province" or "region" or "city" or "capital"))
                return false;
        }
        return false;
    }
}
