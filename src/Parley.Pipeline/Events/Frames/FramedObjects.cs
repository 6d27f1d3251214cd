using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The side a threat's own clause acts on when its slots name none: "vowed that warships would stop a Turkish research
/// vessel" (Turkey), "warned that Islamabad would match any tests carried out by India" (India), "threatened that its forces
/// would enter Georgian territory" (Georgia). A threat foretells an act; the act's object, or the author of what it answers,
/// is whom it menaces. The first mention of the threat's own clause whose actors are not the source's own is that side.
/// </summary>
internal static class FramedObjects
{
    /// <summary>How far after the threat word its clause is read (a longer clause tells more than one act).</summary>
    private const int Reach = 24;

    /// <summary>
    /// The mentions after <paramref name="trigger"/> up to the clause's first comma, semicolon or quotation mark, in order
    /// (a demonym too: "a Turkish research vessel"): a reporting tail (", state television reported") or a second clause
    /// (", as both sides ...") is not the threat's. Mentions of the source are skipped, and so is a side the act goes to,
    /// is done with, lies near or leaves ("could turn to Russia", "villages near the border with Bulgaria", "out of the force"):
    /// a partner, a landmark or a thing left.
    /// </summary>
    public static IEnumerable<int> InClause(Document document, Sentence sentence, TriggerMatch trigger, int[] sourceMentions)
    {
        // From the threat word itself: a pattern may take in its clause's words ("vowed ... by force").
        var start = trigger.FirstToken + 1;
        var end = Math.Min(sentence.EndToken, start + Reach);
        for (var t = start; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "," or ";" or ":" or "\"" or "“" or "”" or "(")
                yield break;
            // the word before the mention's phrase, past its determiner ("out of the West African force")
            var p = t - 1 > start && document.Slice(document.Tokens[t - 1].Range) is "the" or "a" or "an" or "its" or "their" or "his" or "her" ? t - 2 : t - 1;
            if (document.Slice(document.Tokens[p].Range) is "to" or "with" or "near" or "from" or "toward" or "towards" or "for" or "beside" or "alongside"
                || p - 1 >= start && document.Slice(document.Tokens[p].Range) is "of" && document.Slice(document.Tokens[p - 1].Range) is "out")
                continue; // "would pull its troops out of the force": what one leaves is no one menaced
            for (var m = document.FirstMentionFrom(document.Tokens[t].Start); m < document.Mentions.Length && document.Mentions[m].Start == document.Tokens[t].Start; m++)
                if (Array.IndexOf(sourceMentions, m) < 0)
                    yield return m;
        }
    }
}
