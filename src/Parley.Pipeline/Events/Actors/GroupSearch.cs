using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>Finding actor groups and words near a token: the small searches the argument rules share.</summary>
internal static class GroupSearch
{
    /// <summary>The first token within <paramref name="window"/> words of <paramref name="from"/> that is <paramref name="word"/>.</summary>
    public static int? After(Document document, int from, int end, string word, int window)
    {
        for (var t = from; t < end && t <= from + window; t++)
            if (document.Slice(document.Tokens[t].Range).Equals(word, StringComparison.OrdinalIgnoreCase))
                return t;
        return null;
    }

    /// <summary>Whether a preposition stands between two tokens (an object is not behind one).</summary>
    public static bool PrepositionBetween(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }

    /// <summary>
    /// The actor a phrase at <paramref name="token"/> names as a part of ("the military wing of Hamas", "fighters of the
    /// Islamic State", "members of the PKK"): the group after its "of", else the group starting within the window.
    /// </summary>
    public static ActorGroup? GroupOrWhole(Document document, List<ActorGroup> groups, int token, int window)
    {
        for (var t = token; t < document.Tokens.Length - 1 && t <= token + 3; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "wing" or "arm" or "branch" or "faction" or "members" or "fighters" or "supporters" or "loyalists" or "followers" or "unit" or "units" or "cell"
                && document.Slice(document.Tokens[t + 1].Range) is "of" && GroupStartingNear(groups, t + 2, 1) is { } whole)
                return whole;
            if (document.Tokens[t].Is(TokenShape.Punctuation) || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                break;
        }
        return GroupStartingNear(groups, token, window) is { } g && !PrepositionBetween(document, token, g.FirstToken) ? g : null;
    }

    /// <summary>
    /// "demands from Australia and New Zealand": a group's mentions with a country named right after its "and" that the group
    /// stage left out as a place.
    /// </summary>
    public static int[] WithConjoinedCountry(Document document, ActorGroup group)
    {
        // "strife in Somalia and Sudan": after a locative both are places, not sides.
        if (group.EndToken + 1 >= document.Tokens.Length || document.Slice(document.Tokens[group.EndToken].Range) is not "and"
            || group.FirstToken > 0 && document.Slice(document.Tokens[group.FirstToken - 1].Range) is "in" or "at" or "near" or "across" or "throughout" or "inside" or "within")
            return group.Mentions;
        // Only a list of states goes on with a state: "people fleeing Somalia and Sudan" are one side named by where they fled.
        foreach (var g in group.Mentions)
            if (document.Mentions[g].Kind is not (MentionKind.Name or MentionKind.Metonym)
                || document.Entities[document.Mentions[g].Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) != true)
                return group.Mentions;
        var start = document.Tokens[group.EndToken + 1].Start;
        for (var m = 0; m < document.Mentions.Length; m++)
            if (document.Mentions[m].Start == start && Array.IndexOf(group.Mentions, m) < 0
                && document.Entities[document.Mentions[m].Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) == true)
                return [.. group.Mentions, m];
        return group.Mentions;
    }

    /// <summary>The first group wholly inside the tokens [from, to); null when there is none.</summary>
    public static ActorGroup? FirstIn(List<ActorGroup> groups, int from, int to)
    {
        foreach (var g in groups)
            if (g.FirstToken >= from && g.EndToken <= to)
                return g;
        return null;
    }

    /// <summary>The first actor group starting within a window after a token.</summary>
    public static ActorGroup? GroupStartingNear(List<ActorGroup> groups, int token, int window)
    {
        foreach (var g in groups)
            if (g.FirstToken >= token && g.FirstToken <= token + window)
                return g;
        return null;
    }

    /// <summary>The last actor group ending within a window before a token.</summary>
    public static ActorGroup? GroupEndingNear(List<ActorGroup> groups, int token, int window)
    {
        ActorGroup? best = null;
        foreach (var g in groups)
            if (g.EndToken <= token && g.EndToken >= token - window)
                best = g;
        return best;
    }
}
