using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The junta told regional mediators it would hand over power", "the rebels told the government on Sunday they were willing
/// to disarm": a promise, refusal or warning told to someone, whose clause has only a pronoun for subject, is the teller's
/// and is addressed to the one told. The pronoun stands for the teller, not for the nearer name of the one told. The one told
/// must stand right after the telling verb and right before the clause (over "that" and a short adjunct: "on Sunday"); news
/// outlets and reporters hear a statement, they are no side of it.
/// </summary>
internal static class ToldIntents
{
    /// <summary>Verbs that address a statement to someone named right after them.</summary>
    private static readonly FrozenSet<string> TellingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "told", "tells", "telling", "tell", "assured", "assures", "assuring", "informed", "informs", "informing", "notified", "notifies");

    /// <summary>Words of a short adjunct between the one told and the clause: "on Sunday", "by letter", "privately".</summary>
    private static readonly FrozenSet<string> AdjunctWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "on", "by", "in", "late", "earlier", "privately", "directly", "again", "repeatedly", "formally", "letter", "phone", "telephone",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week", "last", "this");

    /// <summary>Role nouns after a body's name that still name the one told: "told African Union mediators".</summary>
    private static readonly FrozenSet<string> RoleNouns = FrozenSet.Create(StringComparer.Ordinal,
        "mediators", "envoys", "envoy", "negotiators", "officials", "leaders", "delegates", "diplomats", "representatives", "monitors", "mediator");

    /// <summary>How many words of adjunct may stand between the one told and the clause.</summary>
    private const int AdjunctReach = 3;

    /// <summary>How many words of a title may stand between the teller's name and the verb: "Kenya | 's foreign minister | told".</summary>
    private const int TitleReach = 4;

    /// <summary>
    /// The teller's and the one told's mentions when the trigger's clause opens with a third-person pronoun right after someone
    /// told ("told the envoys on Sunday that it would"), with no other name between, and the act is a promise, refusal or threat
    /// (<paramref name="plover"/>: AGREE, REJECT, THREATEN); null otherwise.
    /// </summary>
    public static (int[] Teller, int[] Told)? Sides(Document document, Sentence sentence, TriggerMatch trigger, string plover, List<ActorGroup> groups, Func<int, ActorCode?> code)
    {
        if (plover is not ("AGREE" or "REJECT" or "THREATEN"))
            return null;
        // The nearest group before the trigger that is told something opening with a pronoun: "told ECOWAS envoys | it will".
        ActorGroup? addressee = null;
        foreach (var g in groups)
            if (g.EndToken < trigger.FirstToken && PronounAfter(document, sentence, g.EndToken) is { } pronoun && pronoun < trigger.FirstToken
                && !groups.Exists(o => o.FirstToken > pronoun && o.FirstToken < trigger.FirstToken))
                addressee = g;
        if (addressee is not { } told || told.Mentions.Any(m => code(m) is { Sector: "MED" }))
            return null;
        var verb = told.FirstToken - 1;
        if (verb > sentence.FirstToken && Word(document, verb) is "his" or "her" or "their" or "its" or "the")
            verb--;
        if (verb <= sentence.FirstToken || !TellingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(document, verb)))
            return null;
        foreach (var g in groups)
            if (g.EndToken <= verb && g.EndToken >= verb - TitleReach && OnlyTitle(document, g.EndToken, verb))
                return (PossessiveHeads.Named(document, groups, g, verb).Mentions, told.Mentions);
        return null;
    }

    /// <summary>The token of a third-person pronoun opening the clause after <paramref name="end"/> (over the one told's role noun, a short adjunct and "that"); null when none.</summary>
    private static int? PronounAfter(Document document, Sentence sentence, int end)
    {
        var t = end;
        if (t < sentence.EndToken && RoleNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(document, t)))
            t++; // "told African Union mediators"
        for (var reach = 0; t < sentence.EndToken && reach < AdjunctReach && AdjunctWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(document, t)); reach++)
            t++;
        if (t < sentence.EndToken && Word(document, t) is "that")
            t++;
        return t < sentence.EndToken && Word(document, t) is "it" or "they" or "he" or "she" ? t : null;
    }

    private static bool OnlyTitle(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (Word(document, t) is var word && !(word is "'s" or "’s" || char.IsLower(word[0]) && !Subjects.IsPast(word) && word is not ("and" or "or" or "that" or "who" or "which")))
                return false;
        return true;
    }

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
