using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "will keep holding Syria responsible", "vowed to bring the killers to justice": the actor named inside a verb trigger's
/// own words (after its verb) is its object, the one the act is done to. When every source mention is that same actor (a
/// clause subject found too far back, "... a deal that would help Syria's army and still holds Syria responsible"), the
/// doer is untold: the source is left empty and the object is the target (round 63).
/// </summary>
internal static class InnerObjects
{
    /// <summary>The named object right after the trigger's verb, when every source mention names its entity; else null.</summary>
    public static int[]? SourceIsObject(Document document, TriggerMatch trigger, int[] source)
    {
        if (source.Length == 0 || trigger.Pattern.Kind != TriggerKind.Verb || trigger.EndToken - trigger.FirstToken < 3)
            return null;
        // Only a named object right after the verb: "hold Syria responsible"; never a pronoun or a possessive ("fired his
        // finance minister", "placed him under arrest", "pulled its troops out": the doer's own).
        var at = document.Tokens[trigger.FirstToken + 1].Range;
        var first = document.FirstMentionFrom(at.Start);
        if (first >= document.Mentions.Length || document.Mentions[first].Start != at.Start
            || document.Mentions[first].Kind is not (MentionKind.Name or MentionKind.Metonym))
            return null;
        var end = document.Mentions[first].End;
        var next = document.Slice(new TextRange(end, Math.Min(end + 2, document.Text.Length)));
        if (next.StartsWith("'") || next.StartsWith("’") || end >= document.Tokens[trigger.EndToken - 1].Range.Start)
            return null;
        // "sentenced Kremlin critic X": a name that modifies the noun after it is not the object itself.
        var after = TokenAt(document, end, trigger.FirstToken + 1, trigger.EndToken);
        if (after < 0 || PosTags.IsNoun(document.TagAt(after)))
            return null;
        var entity = document.Mentions[first].Entity;
        foreach (var s in source)
            if (document.Mentions[s].Entity != entity)
                return null;
        return [first];
    }

    /// <summary>The first token of the trigger starting at or after <paramref name="offset"/>; -1 if none.</summary>
    private static int TokenAt(Document document, int offset, int from, int triggerEnd)
    {
        for (var t = from; t < triggerEnd; t++)
            if (document.Tokens[t].Range.Start >= offset)
                return t;
        return -1;
    }
}
