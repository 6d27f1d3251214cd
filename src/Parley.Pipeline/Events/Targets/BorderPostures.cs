using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "moved troops and artillery toward the border", "massed soldiers along its frontier": a show of force sent to the state's own
/// border, with no neighbour named after it ("its border with Kosovo" is read by <see cref="OtherSides"/>), faces the state across
/// that border: the foreign state the source last dealt with in the story (EventCoder.PostureAcrossBorder).
/// </summary>
internal static class BorderPostures
{
    /// <summary>
    /// Whether the clause after <paramref name="trigger"/> sends or holds forces at "the", "its" or "their" border or frontier
    /// ("toward the border", "along its frontier", "near the border"), the noun not followed by "with" or "of" (a neighbour named).
    /// </summary>
    public static bool AtOwnBorder(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (var t = trigger.EndToken; t < sentence.EndToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ";" or ":" or "that" or "which" or "who" or "but")
                return false;
            if (word is not ("toward" or "towards" or "to" or "along" or "near" or "at" or "on") || t + 2 >= sentence.EndToken)
                continue;
            if (document.Slice(document.Tokens[t + 1].Range) is not ("the" or "its" or "their")
                || document.Slice(document.Tokens[t + 2].Range) is not ("border" or "frontier" or "borders"))
                continue;
            return t + 3 >= sentence.EndToken || document.Slice(document.Tokens[t + 3].Range) is not ("with" or "of" or "between");
        }
        return false;
    }
}
