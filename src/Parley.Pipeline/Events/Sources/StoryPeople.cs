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
    /// <summary>The story's country for the uncoded subject named by <paramref name="mention"/>; null when it has none or the subject is a commentator.</summary>
    public static string? Country(Document document, TokenIndex index, Mention mention)
    {
        if (TargetHomes.StoryCountry(document) is not { Length: 3 } country || country == "---")
            return null;
        if (Commentator(document, index, mention) || document.FirstNamed(mention.Entity) is { } first && first != mention && Commentator(document, index, first))
            return null;
        return country;
    }

    /// <summary>"analyst Jon Reyes", "Jon Reyes, a political analyst,": a commentator's title before the name or in its apposition.</summary>
    private static bool Commentator(Document document, TokenIndex index, Mention mention) =>
        Commentators.Titled(document, index, mention.Start) || Commentators.Apposed(document, index, mention.End);
}
