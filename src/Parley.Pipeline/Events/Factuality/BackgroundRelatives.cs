using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Acts told in a relative clause as a side's background, not as the news: "the Nordic Council, which has mediated
/// earlier rounds, urged ...", "a militia that has mounted raids on border posts", "the islands, where Chile has
/// deployed coast guards", "Peru, which once armed the rebels, ...". A present perfect ("has"/"have", not the past
/// perfect "had" that tells the story's own backstory: "the party, which had vetoed the bill, walked out") or "once" in a
/// relative clause on a noun describes who the side is; CAMEO codes the act the sentence reports. A stance verb
/// ("which has condemned the raids", <see cref="HabitsAndUses.Stance"/>) is a position held now and stays an event,
/// except after "once" ("which once backed the rebels"), which puts it in the past. "has long" is left to
/// <see cref="StandingSpans"/>.
/// </summary>
internal static class BackgroundRelatives
{
    /// <summary>How many words the subject of a "where" clause may take: "where Rwanda-backed rebels have seized".</summary>
    private const int WhereSubjectReach = 4;

    /// <summary>Whether the trigger at <paramref name="trigger"/> is a present perfect or "once" act in a relative clause.</summary>
    public static bool Told(Document document, int trigger)
    {
        var t = trigger - 1;
        while (t > 0 && trigger - t <= 2 && Adverb(document, t))
            t--;
        if (t < 2)
            return false;
        var word = document.Slice(document.Tokens[t].Range);
        if (word.Equals("once", StringComparison.OrdinalIgnoreCase))
            return Relative(document, t - 1);
        if (word is not ("has" or "have") || HabitsAndUses.Stance(document.Slice(document.Tokens[trigger].Range)) || NamedObject(document, trigger))
            return false;
        if (Relative(document, t - 1))
            return true;
        // "the islands, where Chile has deployed": a subject of a few words between "where" and the perfect
        for (var k = t - 2; k >= 1 && t - k <= WhereSubjectReach + 1; k--)
        {
            var text = document.Slice(document.Tokens[k].Range);
            if (document.TagAt(k) == PosTag.Punct || PosTags.IsVerb(document.TagAt(k)))
                return false;
            if (text.Equals("where", StringComparison.OrdinalIgnoreCase))
                return k < t - 1 && OnNoun(document, k);
        }
        return false;
    }

    /// <summary>
    /// "which"/"that" at <paramref name="r"/> opening a relative clause on a noun: after a comma or a noun ("a militia that
    /// has"), not a complementiser after a verb ("said that it has"). "who" is left out: what people in the story have done
    /// ("students, who have blockaded campuses for weeks") is the story's own backstory, and annotators code it.
    /// </summary>
    private static bool Relative(Document document, int r)
    {
        if (r < 1)
            return false;
        var text = document.Slice(document.Tokens[r].Range);
        return (text.Equals("which", StringComparison.OrdinalIgnoreCase) || text.Equals("that", StringComparison.OrdinalIgnoreCase)) && OnNoun(document, r);
    }

    /// <summary>
    /// "which has charged Ruiz with fraud": a named object makes the perfect one act against one side, told again, not the
    /// clause's owner's role ("which has hosted earlier rounds").
    /// </summary>
    private static bool NamedObject(Document document, int trigger) =>
        trigger + 1 < document.Tokens.Length && document.TagAt(trigger + 1) is PosTag.NNP or PosTag.NNPS;

    /// <summary>Whether the word before <paramref name="r"/> is a comma or a noun, so that the clause at <paramref name="r"/> describes it.</summary>
    private static bool OnNoun(Document document, int r)
    {
        var before = document.Slice(document.Tokens[r - 1].Range);
        var tag = document.TagAt(r - 1);
        return before is "," || tag is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS;
    }

    /// <summary>"has repeatedly clashed", "have also hosted"; "long" is not one ("has long denied": <see cref="StandingSpans"/>).</summary>
    private static bool Adverb(Document document, int t)
    {
        var text = document.Slice(document.Tokens[t].Range);
        return text is "also" or "already" || document.Tokens[t].Is(TokenShape.Word) && text.EndsWith("ly", StringComparison.Ordinal) && document.TagAt(t) == PosTag.RB;
    }
}
