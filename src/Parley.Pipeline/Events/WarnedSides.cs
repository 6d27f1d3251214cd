using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "warned that Baghdad would take action if Kuwait ...", "vowed that Tehran could close the strait if ...", "warned that
/// Islamabad would match any tests by India": a warning or vow whose clause names a side (a capital, a state, "its
/// warships") and makes its act conditional on the other side ("if", "unless", "any") announces the warner's own act,
/// a threat. "warned that the economy would shrink if rates rose" names no side; "warned that it would ..." is
/// frame.warn's pronoun. A frame row that ends in a modal ("warn+ * that * would") is accepted only on such a clause.
/// </summary>
internal static class WarnedSides
{
    /// <summary>How far after the modal the condition may stand within the sentence.</summary>
    private const int ConditionWindow = 20;

    private static readonly FrozenSet<string> s_modals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "would", "will", "could", "might", "may", "shall");

    private static readonly FrozenSet<string> s_possessives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "its", "their", "our", "his", "her");

    /// <summary>Words that lay the act on a condition set by the other side, or aim it at any move of theirs.</summary>
    private static readonly FrozenSet<string> s_conditions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "if", "unless", "any", "should");

    /// <summary>Whether <paramref name="pattern"/> is a frame that ends in a modal: its gap before the modal holds the clause's subject.</summary>
    public static bool EndsInModal(EventPattern pattern) =>
        pattern.Kind == TriggerKind.Frame && pattern.Trigger[^1] is [var first, ..] && s_modals.Contains(first);

    /// <summary>
    /// Whether the subject between the frame's "that" (after <paramref name="first"/>) and its modal (<paramref name="modal"/>)
    /// names a side, and a condition follows the modal before the sentence (or its clause) ends.
    /// </summary>
    public static bool Accepts(Document document, int first, int modal, int sentenceEnd)
    {
        var that = modal - 1;
        while (that > first && !document.Slice(document.Tokens[that].Range).Equals("that", StringComparison.OrdinalIgnoreCase))
            that--;
        if (modal - that < 2 || !NamesSide(document, that + 1, modal))
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
        for (var t = from; t < to; t++)
            if (!document.Tokens[t].Is(TokenShape.Capitalized) && document.Slice(document.Tokens[t].Range) is not ("-" or "'s" or "’s"))
                return false;
        return true;
    }
}
