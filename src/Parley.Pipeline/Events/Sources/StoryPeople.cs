using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Tchiroma Bakary rejected the result", "The Dockers' Council, the port's largest lobby, urged ministers to ...": a subject the
/// knowledge base does not know (<see cref="UncodedSubjects.Named"/>) acts for the story's country
/// (<see cref="TargetHomes.StoryCountry"/>) rather than for an unknown one: in a story about one country the people and
/// bodies it names and does not place are, most often, that country's. Not for a commentator ("analyst Jon Reyes said
/// ...", "Jon Reyes, a political analyst, said ..."), who stays of no country, nor when the story has no country of its own.
/// </summary>
internal static class StoryPeople
{
    /// <summary>How many tokens after a name an apposition's commentator word may stand ("X, a political analyst").</summary>
    private const int AppositionReach = 5;

    /// <summary>The story's country for the uncoded subject named by <paramref name="mention"/>; null when it has none or the subject is a commentator.</summary>
    public static string? Country(Document document, TokenIndex index, Mention mention)
    {
        if (TargetHomes.StoryCountry(document) is not { Length: 3 } country || country == "---")
            return null;
        if (Commentator(document, index, mention) || FirstNamed(document, mention.Entity) is { } first && first != mention && Commentator(document, index, first))
            return null;
        return country;
    }

    /// <summary>"analyst Jon Reyes", "Jon Reyes, a political analyst,": a commentator's title before the name or in its apposition.</summary>
    private static bool Commentator(Document document, TokenIndex index, Mention mention) =>
        Commentators.Titled(document, index, mention.Start) || CommentatorAfter(document, index, mention.End);

    /// <summary>"Reyes said ...": the mention that first named the entity ("analyst Jon Reyes"); null when none did. Read once per uncoded subject.</summary>
    private static Mention? FirstNamed(Document document, int entity)
    {
        foreach (var m in document.Mentions)
            if (m.Entity == entity && m.Kind == MentionKind.Name)
                return m;
        return null;
    }

    /// <summary>"Jon Reyes, an analyst at ...": a commentator's word in the apposition right after the name ending at <paramref name="end"/>.</summary>
    private static bool CommentatorAfter(Document document, TokenIndex index, int end)
    {
        var t = index.TokenAt(end - 1) + 1;
        if (t >= document.Tokens.Length || document.Slice(document.Tokens[t].Range) is not ",")
            return false;
        var lookup = RecallPeople.Commentators.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var u = t + 1; u < document.Tokens.Length && u <= t + AppositionReach; u++)
        {
            var word = document.Slice(document.Tokens[u].Range);
            if (word is "," or ".")
                return false;
            if (lookup.Contains(word))
                return true;
        }
        return false;
    }
}
