using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A demand named by its noun frames the act after "that" as the verb does, and its owner makes it: "Belgrade's demand that
/// Kosovo dissolve its police units", "their repeated demands that the army withdraw" (an owner before the noun, with at most
/// two words that grade it), and a demand told by a copula, "Venezuela's central demand is that Guyana stop drilling"
/// (frame.demand-is). The owner is the source (the modifier slot), the clause's subject the target, as for "demanded that".
/// A demand with no owner ("the demand that ...", "rejected demands that") retells one and is left alone, as does an owned one
/// that is rejected ("rejecting its demand that ...": <see cref="Rejected"/>). A text "demanding" something
/// is its author's demand (<see cref="ByText"/>).
/// </summary>
internal static class DemandNouns
{
    /// <summary>Words that may grade a demand between its owner and the noun: "Baku's main demand", "their repeated demands".</summary>
    private static readonly FrozenSet<string> s_grading = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "main", "central", "key", "chief", "principal", "core", "primary", "latest", "new", "repeated", "renewed", "longstanding",
        "long-standing", "original", "only", "first", "last", "final", "initial", "public", "formal", "earlier", "top", "biggest");

    private static readonly FrozenSet<string> s_owners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "'s", "’s", "its", "their", "his", "her", "our");

    private static readonly FrozenSet<string> s_copulas = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "was", "are", "were", "remains", "remained");

    /// <summary>Whether <paramref name="trigger"/> is a demand frame whose first word is the noun "demand(s)" with an owner before it or a copula after it.</summary>
    public static bool Named(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Pattern.Kind != TriggerKind.Frame || trigger.Pattern.Plover != "REQUEST" || !trigger.Pattern.Cameo.StartsWith("10", StringComparison.Ordinal))
            return false;
        var word = document.Slice(document.Tokens[trigger.FirstToken].Range);
        if (!word.Equals("demand", StringComparison.OrdinalIgnoreCase) && !word.Equals("demands", StringComparison.OrdinalIgnoreCase))
            return false;
        if (trigger.EndToken - trigger.FirstToken >= 3 && s_copulas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[trigger.FirstToken + 1].Range)))
            return true;
        var t = trigger.FirstToken - 1;
        for (var graded = 0; graded < 2 && t > sentence.FirstToken && s_grading.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)); graded++)
            t--;
        if (t < sentence.FirstToken)
            return false;
        var last = document.Slice(document.Tokens[t].Range);
        if (Rejected(document, sentence, t))
            return false;
        return s_owners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) || last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("’s", StringComparison.Ordinal)
            || last is "s" && t > sentence.FirstToken && document.Slice(document.Tokens[t - 1].Range) is "'" or "’";
    }

    /// <summary>Verbs that turn a demand down: its owner demanded before, the one who rejects it demands nothing.</summary>
    private static readonly FrozenSet<string> s_rejecting = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "rejected", "rejecting", "rejects", "reject", "rebuffed", "rebuffing", "spurned", "spurning", "dismissed", "dismissing", "ignored",
        "ignoring", "defied", "defying", "refused", "refusing", "resisted", "resisting");

    /// <summary>
    /// "rejecting its demand that the president be returned", "rebuffed ECOWAS's demands that": a demand that is the object of a
    /// rejection retells its owner's earlier demand (at most three words of the owner's name before <paramref name="owner"/>).
    /// </summary>
    private static bool Rejected(Document document, Sentence sentence, int owner)
    {
        for (var t = owner - 1; t >= sentence.FirstToken && t >= owner - 4; t--)
            if (s_rejecting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }

    /// <summary>Texts whose "demanding" participle says what their authors demand: "adopted a resolution demanding that ...".</summary>
    private static readonly FrozenSet<string> s_texts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "resolution", "resolutions", "motion", "motions", "petition", "petitions", "bill", "ruling", "decree", "note", "ultimatum",
        "statement", "statements", "letter", "letters", "communique", "communiqué", "declaration", "message", "warning", "warnings", "ultimatums");

    /// <summary>
    /// Whether <paramref name="trigger"/> is a demand frame opened by the participle "demanding" right after a text its clause's
    /// subject adopted, passed or sent ("passed a motion demanding that Georgia release ..."): the subject demands, as with
    /// "issued a statement urging".
    /// </summary>
    public static bool ByText(Document document, Sentence sentence, TriggerMatch trigger) =>
        trigger.Pattern.Kind == TriggerKind.Frame && trigger.Pattern.Plover == "REQUEST" && trigger.Pattern.Cameo.StartsWith("10", StringComparison.Ordinal)
        && trigger.FirstToken > sentence.FirstToken
        && document.Slice(document.Tokens[trigger.FirstToken].Range).Equals("demanding", StringComparison.OrdinalIgnoreCase)
        && s_texts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[trigger.FirstToken - 1].Range));

    /// <summary>The trigger read as a noun: its owner, in the modifier slot, is the one who demands.</summary>
    public static TriggerMatch AsNoun(TriggerMatch trigger) => trigger with { Pattern = trigger.Pattern with { Source = SourceSlot.Modifier } };
}
