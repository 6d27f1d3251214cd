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
