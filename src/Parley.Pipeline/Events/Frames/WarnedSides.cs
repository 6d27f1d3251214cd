using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "warned that Baghdad would take action if Kuwait ...", "vowed that its fighters would attack ...": a warning or vow whose
/// clause names the side that acts announces an act of that side. A warning counts only when it also lays the act on a
/// condition of the other side ("if", "unless", "any"): "warned that Argentina would default" is an assessment, "warned
/// that the economy would shrink if rates rose" names no side. A vow ("vowed that they would", "pledged that Tokyo would")
/// commits the vower's side whatever follows; "promised that the economy would grow" names no side. TriggerFinder accepts
/// a warning frame that ends in a modal ("warn+ * that * would") or a vow frame that ends in "that" only on such a clause.
/// A state's forces of order named by their common noun are a side too: "warned that the armed forces would step in if the
/// unrest spread", "warned that the police would act if" (round 58).
/// </summary>
internal static class WarnedSides
{
    /// <summary>How far after the modal the condition may stand within the sentence.</summary>
    private const int ConditionWindow = 20;

    /// <summary>How many words of subject may stand between "that" and the modal: "that the Kremlin would", "that North Korea will".</summary>
    private const int SubjectWindow = 5;

    private static readonly FrozenSet<string> s_modals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "would", "will", "could", "might", "may", "shall", "'ll");

    private static readonly FrozenSet<string> s_pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "it", "they", "we", "he", "she", "i");

    private static readonly FrozenSet<string> s_possessives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "its", "their", "our", "his", "her");

    /// <summary>Words that lay the act on a condition set by the other side, or aim it at any move of theirs.</summary>
    private static readonly FrozenSet<string> s_conditions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "if", "unless", "any", "should");

    /// <summary>
    /// Whether <paramref name="pattern"/> is a frame this guard must accept: a warning that ends in a modal (its gap before the
    /// modal holds the clause's subject) or a vow that ends in "that" (the subject and modal follow it).
    /// </summary>
    public static bool Guards(EventPattern pattern) =>
        pattern.Kind == TriggerKind.Frame && pattern.Trigger[^1] is [var last, ..]
        && (s_modals.Contains(last) || pattern.Plover == "AGREE" && last.Equals("that", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the subject between the frame's "that" and the modal (the frame's last word, or within a few words after a
    /// frame that ends in "that"; <paramref name="first"/> and <paramref name="end"/> bound the frame) names a side and,
    /// for a warning, a condition follows the modal before the sentence (or its clause) ends.
    /// </summary>
    public static bool Accepts(Document document, EventPattern frame, int first, int end, int sentenceEnd)
    {
        var endsInModal = s_modals.Contains(frame.Trigger[^1][0]);
        var that = endsInModal ? ThatBefore(document, first, end - 1) : end - 1;
        var modal = endsInModal ? end - 1 : ModalAfter(document, end, Math.Min(sentenceEnd, end + SubjectWindow));
        if (modal - that < 2)
            return false;
        // A vow needs only a side: "vowed that they would ..." (a warning's pronoun is frame.warn's).
        if (frame.Plover != "THREATEN")
            return NamesSide(document, that + 1, modal)
                || modal - that == 2 && s_pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[that + 1].Range));
        if (!NamesSide(document, that + 1, modal))
            return false;
        var conditions = s_conditions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = modal + 1; t < Math.Min(sentenceEnd, modal + ConditionWindow); t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is ";" or ":" or "." or "but")
                return false;
            if (conditions.Contains(text))
                return true;
        }
        return false;
    }

    private static int ThatBefore(Document document, int first, int modal)
    {
        var that = modal - 1;
        while (that > first && !document.Slice(document.Tokens[that].Range).Equals("that", StringComparison.OrdinalIgnoreCase))
            that--;
        return that;
    }

    /// <summary>The first modal from <paramref name="from"/> before <paramref name="limit"/>, or -1.</summary>
    private static int ModalAfter(Document document, int from, int limit)
    {
        var modals = s_modals.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = from; t < limit; t++)
            if (modals.Contains(document.Slice(document.Tokens[t].Range)))
                return t;
        return -1;
    }

    /// <summary>Common nouns of a state's forces of order after "the": "the army", "the armed forces", "the security forces", "the police".</summary>
    private static bool OwnForces(Document document, int from, int to)
    {
        var head = document.Slice(document.Tokens[to - 1].Range);
        if (to - from == 1)
            return head is "army" or "military" or "police" or "troops" or "authorities";
        var before = document.Slice(document.Tokens[to - 2].Range);
        return to - from == 2 && head is "forces" && before is "armed" or "security" or "defence" or "defense";
    }

    /// <summary>"Baghdad", "North Korea", "the Kremlin", "its warships": capitalised names (after "the"), or a possessive and a noun.</summary>
    private static bool NamesSide(Document document, int from, int to)
    {
        var first = document.Slice(document.Tokens[from].Range);
        if (s_possessives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first))
            return to - from == 2 && document.Tokens[from + 1].Is(TokenShape.Word);
        if (first.Equals("the", StringComparison.OrdinalIgnoreCase))
            from++;
        if (from >= to)
            return false;
        // "warned that the armed forces would step in if ...": a state's own forces named by their common noun are a side
        if (first.Equals("the", StringComparison.OrdinalIgnoreCase) && OwnForces(document, from, to))
            return true;
        for (var t = from; t < to; t++)
            if (!document.Tokens[t].Is(TokenShape.Capitalized) && document.Slice(document.Tokens[t].Range) is not ("-" or "'s" or "’s"))
                return false;
        return true;
    }
}
