using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Beijing hoped Tokyo would honour its commitments", "said it hoped the two neighbours would return to the table": a hope
/// voiced that another named side will act appeals to that side (REQUEST 020), as "would like to see X ..." does
/// (<c>frame.like-to-see</c>); a hope about a thing ("hoped the truce would hold", "hoped the talks would bring calm") stays an
/// optimistic comment (013, <c>support.hope-will</c>). Reads the <c>support.hope-will</c> rows, whose words run from "hoped" to
/// the modal: the appeal needs a target that opens the hoped clause right after the hope word (or after "the"), the subject of
/// the hoped-for act, other than the hoper and not a bare "it"; a hope "that" another will act is left a comment.
/// </summary>
internal static class HopedActs
{
    /// <summary>The mention between the hope word and its modal ("hoped Japan would"), or null when none stands there alone.</summary>
    public static int? Doer(Document document, TriggerMatch trigger)
    {
        if (!IsHope(trigger) || trigger.EndToken - trigger.FirstToken < 3)
            return null;
        var (start, end) = Between(document, trigger);
        var m = document.FirstMentionFrom(start);
        if (m >= document.Mentions.Length || document.Mentions[m].End > end
            || document.Slice(document.Mentions[m].Range).Equals("it", StringComparison.OrdinalIgnoreCase))
            return null;
        // the doer opens the hoped clause: "hoped Japan would", "hoped the Algerian authorities would"; not "hoped that Trump
        // will win" (an outcome wished, read by a commentator as often as by a side) nor "hopes a ceasefire between Russia and ..."
        var before = document.Text.AsSpan(start, document.Mentions[m].Start - start).Trim();
        return before.IsEmpty || before.Equals("the", StringComparison.OrdinalIgnoreCase) ? m : null;
    }

    /// <summary>Whether the hope <paramref name="trigger"/> codes is an appeal to the side its hoped-for act names as doer.</summary>
    public static bool Appeal(Document document, TriggerMatch trigger, string cameo, List<EventActor> source, List<EventActor> target)
    {
        if (cameo != "013" || target.Count == 0 || !IsHope(trigger))
            return false;
        var (start, end) = Between(document, trigger);
        foreach (var t in target)
        {
            if (t.Role != ActorRole.Party || t.Range.Start < start || t.Range.End > end
                || document.Slice(t.Range).Equals("it", StringComparison.OrdinalIgnoreCase)
                || source.Exists(s => s.Entity == t.Entity || s.Code == t.Code))
                return false;
        }
        return true;
    }

    private static bool IsHope(TriggerMatch trigger) => trigger.Pattern.Id.StartsWith("support.hope-will.", StringComparison.Ordinal);

    /// <summary>The text between the hope word and the modal, the row's first and last words ("hoped| Japan |would").</summary>
    private static (int Start, int End) Between(Document document, TriggerMatch trigger) =>
        (document.Tokens[trigger.FirstToken].End, document.Tokens[trigger.EndToken - 1].Start);
}
