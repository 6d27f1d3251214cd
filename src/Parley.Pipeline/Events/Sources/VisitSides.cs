using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "a three-day trip by the Kenyan president to Ghana", "a trip to Hanoi by the Japanese foreign minister": a visit noun's own
/// phrase names the visitor after "by" (however long the titles before the name) and the host after "to", in either order.
/// </summary>
internal static class VisitSides
{
    /// <summary>How many words the visit's phrase may run from the noun to its "by": "a visit to the island nation last week by".</summary>
    private const int PhraseReach = 8;

    /// <summary>How many title words or demonyms may stand between "by" and the visitor's name: "by Indian Prime Minister Narendra Modi".</summary>
    private const int TitleReach = 5;

    /// <summary>Whether the trigger is a visit or trip told by its noun.</summary>
    public static bool IsVisitNoun(TriggerMatch trigger) => trigger.Pattern.Kind == TriggerKind.Noun && trigger.Pattern.Mode == "visit";

    /// <summary>The visitor a visit noun's by-phrase names, and the host its "to" names (empty when none); null with no by-phrase.</summary>
    public static (int[] Visitor, int[] Host)? Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        if (!IsVisitNoun(trigger) || By(document, sentence, trigger) is not { } by || Titled(document, groups, by + 1, sentence.EndToken) is not { } visitor)
            return null;
        // "a visit by X to Y": the host follows the visitor; "a visit to Y by X": it stands between the noun and the "by".
        var to = visitor.EndToken < sentence.EndToken - 1 && document.Slice(document.Tokens[visitor.EndToken].Range) is "to" ? visitor.EndToken
            : GroupSearch.After(document, trigger.EndToken, by, "to", 1);
        var host = to is { } t ? GroupSearch.GroupStartingNear(groups, t + 1, 2) : null;
        return (visitor.Mentions, host is { } h && h.FirstToken != visitor.FirstToken ? h.Mentions : []);
    }

    /// <summary>The "by" of the visit's own phrase: no punctuation, clause word or gerund ("by flying") before or after it.</summary>
    private static int? By(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var stops = TargetPhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = trigger.EndToken; t < sentence.EndToken - 1 && t <= trigger.EndToken + PhraseReach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "by")
                return document.Slice(document.Tokens[t + 1].Range).EndsWith("ing", StringComparison.Ordinal) ? null : t;
            // "to" names the host inside the phrase; any other clause word or punctuation ends it
            if (document.Tokens[t].Is(TokenShape.Punctuation) || word is not "to" && stops.Contains(word))
                return null;
        }
        return null;
    }

    /// <summary>The first group within a few words of <paramref name="from"/>, with only articles, titles or demonyms (capitalised) before it.</summary>
    private static ActorGroup? Titled(Document document, List<ActorGroup> groups, int from, int end)
    {
        ActorGroup? found = null;
        foreach (var g in groups)
            if (g.FirstToken >= from && g.FirstToken <= from + TitleReach && g.FirstToken < end && (found is not { } f || g.FirstToken < f.FirstToken))
                found = g;
        if (found is not { } first)
            return null;
        for (var t = from; t < first.FirstToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (!(word is "the" or "a" or "an" || word.Length > 0 && char.IsUpper(word[0]) && !document.Tokens[t].Is(TokenShape.Punctuation)))
                return null;
        }
        return first;
    }
}
