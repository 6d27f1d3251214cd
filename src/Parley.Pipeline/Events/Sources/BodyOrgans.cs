using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "the military's media wing reiterated ...", "Ghana's spokesman accused ...", "the army's press office denied ...": the organ through which a body speaks has no name of its own; the body that owns it acts.
/// </summary>
internal static class BodyOrgans
{
    /// <summary>Nouns for the voice of a body, up to three words: it speaks for its owner.</summary>
    private static readonly FrozenSet<string> Organs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "media wing", "press wing", "media office", "press office", "press service", "information office", "information department",
        "communications office", "public relations department", "public relations office", "media department", "press department",
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokespersons", "spokesmen", "press secretary", "media cell",
        "information directorate", "press bureau", "media bureau", "public affairs office");

    /// <summary>Words that may stand between the organ and its verb: "the army's spokesman later said", "has denied".</summary>
    private static readonly FrozenSet<string> Between = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "also", "later", "then", "again", "has", "have", "had", "on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /// <summary>The group owning the organ that is the subject of the verb trigger, or null.</summary>
    public static ActorGroup? Owner(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int clauseStart)
    {
        if (trigger.Pattern.Kind == TriggerKind.Noun || Undergoers.IsPassive(document, trigger))
            return null;
        var between = Between.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = trigger.FirstToken;
        var floor = Math.Max(sentence.FirstToken, clauseStart);
        while (end - 1 > floor && end > trigger.FirstToken - 3 && (between.Contains(document.Slice(document.Tokens[end - 1].Range)) || IsAdverb(document, end - 1)))
            end--;
        var organs = Organs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var first = Math.Max(floor + 1, end - 3); first < end; first++)
        {
            if (!organs.Contains(document.Slice(new TextRange(document.Tokens[first].Start, document.Tokens[end - 1].End))))
                continue;
            // the owner's possessive right before the organ: "the army's", "Ghana’s foreign ministry"
            var possessive = first - 1;
            if (document.Slice(document.Tokens[possessive].Range) is not ("'s" or "’s" or "'" or "’"))
                return null;
            foreach (var g in groups)
                if (g.EndToken == possessive || g.EndToken == possessive + 1 && g.FirstToken < possessive)
                    return g.FirstToken >= floor ? g : null;
            return null;
        }
        return null;
    }

    private static bool IsAdverb(Document document, int t) =>
        document.Tokens[t].Is(TokenShape.Word) && document.Slice(document.Tokens[t].Range).EndsWith("ly", StringComparison.OrdinalIgnoreCase);
}
