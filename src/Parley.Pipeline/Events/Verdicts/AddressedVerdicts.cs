using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Ruto told Museveni by phone that the closure was unacceptable", "..., with the minister telling her counterpart that any
/// attack would be a mistake": a verdict on a thing no actor names, told to someone, is the teller's verdict aimed at the one
/// told. The one told must be named right after the verb (over a short adjunct: "by phone", "on Monday") and the reported
/// clause must name no actor of its own before the verdict (then the verdict is on that actor, read as before).
/// </summary>
internal static class AddressedVerdicts
{
    /// <summary>How many words of adjunct may stand between the one told and "that": "told Museveni by phone on Monday that".</summary>
    private const int AdjunctReach = 4;

    /// <summary>The teller's and the addressee's mentions when the trigger's clause is a verdict told to someone, or null.</summary>
    public static (int[] Teller, int[] Addressee)? Sides(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int clauseStart)
    {
        if (trigger.Pattern.Source != SourceSlot.Speaker || clauseStart <= sentence.FirstToken + 2 || Word(document, clauseStart - 1) is not "that")
            return null;
        foreach (var g in groups)
            if (g.FirstToken >= clauseStart && g.FirstToken < trigger.FirstToken)
                return null;
        // back from "that" over a short adjunct to the one told, then to the telling verb
        ActorGroup? addressee = null;
        foreach (var g in groups)
            if (g.EndToken < clauseStart && g.EndToken >= clauseStart - 1 - AdjunctReach && OnlyAdjunct(document, g.EndToken, clauseStart - 1))
            {
                addressee = g;
                break;
            }
        if (addressee is not { } told)
            return null;
        var verb = told.FirstToken - 1; // "telling her Ugandan counterpart": over a determiner
        if (verb > sentence.FirstToken && Word(document, verb) is "his" or "her" or "their" or "its" or "the")
            verb--;
        if (verb <= sentence.FirstToken || Word(document, verb) is not ("told" or "telling" or "tells" or "tell"))
            return null;
        // "with Kenya's foreign minister telling ...": the name ending the phrase right before the verb is its subject, whatever governs the phrase
        foreach (var g in groups)
            if (g.EndToken <= verb && g.EndToken >= verb - TitleReach && OnlyTitle(document, g.EndToken, verb))
                return (PossessiveHeads.Named(document, groups, g, verb).Mentions, told.Mentions);
        return null;
    }

    /// <summary>Whether the words from <paramref name="from"/> up to <paramref name="to"/> are a short adjunct: "by phone", "on Monday", "privately".</summary>
    private static bool OnlyAdjunct(Document document, int from, int to)
    {
        if (from == to)
            return true;
        if (Word(document, from) is not ("by" or "on" or "in" or "during" or "privately" or "directly" or "repeatedly" or "again" or "late" or "earlier"))
            return false;
        for (var t = from; t < to; t++)
            if (document.Tokens[t].Is(TokenShape.Punctuation) || Word(document, t) is "and" or "but" or "which" or "who")
                return false;
        return true;
    }

    /// <summary>How many words of a title may follow the teller's name: "Kenya | 's foreign minister | telling".</summary>
    private const int TitleReach = 4;

    private static bool OnlyTitle(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (Word(document, t) is var word && !(word is "'s" or "’s" || char.IsLower(word[0]) && !Subjects.IsPast(word) && word is not ("and" or "or" or "that" or "who" or "which")))
                return false;
        return true;
    }

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
