using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "had spoken to both leaders", "held talks with the two sides", "welcomed the commitment of both countries": a pair named by
/// what it is ("both sides", "the two countries", <see cref="BothSides.NamesPair"/>) as the object of talks, praise or blame, or
/// after the object's own "of", is the pair of the dealing told just before, as an appeal to "both sides" is; so is "them" or
/// such a pair after "between" ("offered to mediate between them").
/// </summary>
internal static class PairObjects
{
    /// <summary>How many words after the trigger the pair may stand: "spoke by phone on Sunday to both leaders".</summary>
    private const int Reach = 6;

    /// <summary>Whether the act's object, or a phrase after "to", "with", "of" or "between" within <see cref="Reach"/> words of the trigger, names both sides.</summary>
    public static bool Addressed(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var start = Targets.ObjectStart(document, trigger);
        if (start < sentence.EndToken && BothSides.NamesPair(document, start, sentence.EndToken))
            return true;
        for (var t = start; t + 1 < sentence.EndToken && t < trigger.EndToken + Reach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (document.Tokens[t].Is(TokenShape.Punctuation) || word is "and" or "but" or "that" or "who" or "which")
                return false; // the act's own phrase ends here
            if (word is "to" or "with" or "of" or "between" && BothSides.NamesPair(document, t + 1, sentence.EndToken))
                return true;
            // "offered to mediate between them": "them" after "between" is a pair, whatever "them" alone may be
            if (word is "between" && document.Slice(document.Tokens[t + 1].Range) is "them")
                return true;
        }
        return false;
    }
}
