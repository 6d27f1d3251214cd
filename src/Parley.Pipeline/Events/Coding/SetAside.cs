using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Moving a coded event to the document's uncoded triggers with the reason it was left out, keeping that list in trigger
/// order (it is output and read in that order): one event at a time while a sentence is coded ("the attack" told twice is a
/// duplicate, <see cref="OneActTwice"/>; an act in a speaker's words is content, <see cref="SaidContents"/>), or every
/// event a document-wide test picks at the end (background history, a confidence under the user's floor). Also the
/// side comparison both sentence-level steps use to tell one act told twice (<see cref="SameCodes"/>).
/// </summary>
internal static class SetAside
{
    /// <summary>Lists <paramref name="e"/> as uncoded for <paramref name="reason"/>, after every listed trigger that starts at or before it.</summary>
    public static void One(List<UncodedTrigger> uncoded, CodedEvent e, string reason)
    {
        var at = uncoded.Count;
        while (at > 0 && uncoded[at - 1].Trigger.Start > e.Trigger.Start)
            at--;
        uncoded.Insert(at, new UncodedTrigger(e.Trigger, e.Rule, reason));
    }

    /// <summary>Removes the events <paramref name="leave"/> picks and lists them as uncoded for <paramref name="reason"/>, the list re-sorted stably by start (a claim may share its act's trigger).</summary>
    public static void Where(List<CodedEvent> events, List<UncodedTrigger> uncoded, Predicate<CodedEvent> leave, string reason)
    {
        var before = uncoded.Count;
        foreach (var e in events)
            if (leave(e))
                uncoded.Add(new UncodedTrigger(e.Trigger, e.Rule, reason));
        if (uncoded.Count == before)
            return;
        events.RemoveAll(leave);
        var ordered = uncoded.OrderBy(u => u.Trigger.Start).ToList();
        uncoded.Clear();
        uncoded.AddRange(ordered);
    }

    /// <summary>Whether two sides hold the same actor codes (each of <paramref name="a"/> in <paramref name="b"/>, as many of each).</summary>
    public static bool SameCodes(IReadOnlyList<EventActor> a, IReadOnlyList<EventActor> b)
    {
        if (a.Count != b.Count)
            return false;
        for (var i = 0; i < a.Count; i++)
        {
            var found = false;
            for (var j = 0; j < b.Count && !found; j++)
                found = a[i].Code.Code == b[j].Code.Code;
            if (!found)
                return false;
        }
        return true;
    }
}
