using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Nouns that name a standing state, not an incident of any day the sentence gives:
/// <list type="bullet">
/// <item>a role held towards someone ("Lopez, a vocal critic of the junta", "an opponent of the treaty"): it holds at the
/// publication time, not on the day of the clause it is set in;</item>
/// <item>a known act named as the topic of talk, with a definite article or a possessor ("met on Friday to discuss the
/// kingdom's transfer of drones", "talks on the blockade of the port"): the topic runs before and around the talks.</item>
/// </list>
/// </summary>
internal static class BackgroundNouns
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Agent nouns of a stance held towards someone; forms that are as often verbs ("advocate", "allies") are left out.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = Set(
        "critic", "critics", "opponent", "opponents", "supporter", "supporters", "backer", "backers", "foe", "foes",
        "detractor", "detractors", "adversary", "adversaries", "defender", "defenders");

    /// <summary>Words of talking about a topic: the noun they take names the topic.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopicWords = Set(
        "discuss", "discusses", "discussed", "discussing", "discussion", "discussions", "debate", "debated", "debating",
        "talks", "talk", "talked", "talking");

    /// <summary>The prepositions after a topic word that is a noun or an intransitive verb: "talks on", "discussions about".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopicPrepositions = Set("on", "about", "of", "over");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Definite = Set(
        "the", "its", "their", "his", "her", "our", "this", "these", "'s", "’s");

    /// <summary>Whether the trigger is a role noun or a definite topic of talk (see the class summary).</summary>
    public static bool Standing(Document document, Sentence sentence, TextRange trigger)
    {
        var tokens = document.Tokens.AsSpan();
        var first = -1;
        for (var i = sentence.FirstToken; i < sentence.EndToken && first < 0; i++)
            if (tokens[i].End > trigger.Start)
                first = i;
        if (first < 0)
            return false;
        if (Roles.Contains(document.Slice(tokens[first].Range)))
            return true;
        // left over the noun phrase's determiner, possessor and modifiers to the topic word: "discuss the kingdom's transfer"
        var definite = false;
        for (var i = first - 1; i >= sentence.FirstToken && i >= first - 6; i--)
        {
            var w = document.Slice(tokens[i].Range);
            if (TopicPrepositions.Contains(w) && i > sentence.FirstToken && TopicWords.Contains(document.Slice(tokens[i - 1].Range)))
                return definite;
            if (TopicWords.Contains(w))
                return definite && !w.Equals("talks", StringComparison.OrdinalIgnoreCase) && !w.Equals("talk", StringComparison.OrdinalIgnoreCase);
            // "the", "its", or a possessor: the tokenizer keeps "Korea's" whole
            if (Definite.Contains(w) || w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
                definite = true;
            else if (!tokens[i].Is(TokenShape.Word) && w is not ("-" or "'s" or "’s"))
                return false;
        }
        return false;
    }
}
