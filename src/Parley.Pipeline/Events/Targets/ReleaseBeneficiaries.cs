using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "urged the court to grant bail to the activist", "called for the release of the two reporters", "pressed for Kimani's
/// freedom", "asked that she be pardoned", "demanded that charges against him be dropped": in an appeal, demand or pressure
/// whose content is someone's release, bail, pardon, freedom, return or dropped charges, that person is the one helped (the
/// beneficiary), never the one asked. <see cref="Of"/> tells whether a target mention stands in such a slot.
/// </summary>
/// <remarks>
/// The word family (round 51): nouns for being set free (release, freedom, freeing, liberation, bail, pardon, amnesty,
/// clemency, return, repatriation), verbs that set free (free, release, pardon, bail), their passive participles after
/// "be" ("that he be bailed out"), and "charges against X" when the sentence drops or withdraws them. "Israel's release of
/// prisoners" (a possessor followed by "of") is the releaser, not the one released.
/// </remarks>
internal static class ReleaseBeneficiaries
{
    /// <summary>Nouns for setting someone free or letting them back.</summary>
    private static readonly FrozenSet<string> Nouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "release", "freedom", "freeing", "liberation", "bail", "pardon", "amnesty", "clemency", "return", "repatriation");

    /// <summary>Verbs that set someone free, as the infinitive or base form of a demanded act ("to free", "release").</summary>
    private static readonly FrozenSet<string> Verbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "free", "release", "pardon", "freeing", "releasing", "pardoning");

    /// <summary>Participles of being set free after "be" ("that she be freed", "be bailed out", "be allowed to return").</summary>
    private static readonly FrozenSet<string> Participles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "released", "freed", "bailed", "pardoned", "granted", "allowed", "repatriated", "acquitted", "exonerated");

    /// <summary>Words that drop charges ("demanded that charges against him be dropped", "to withdraw the charges against").</summary>
    private static readonly FrozenSet<string> Drops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "drop", "dropped", "dropping", "withdraw", "withdrawn", "withdrawing", "dismiss", "dismissed", "quash", "quashed");

    /// <summary>Words that may stand between a release noun and its possessor or object ("the immediate and unconditional release").</summary>
    private static readonly FrozenSet<string> Modifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "immediate", "unconditional", "swift", "early", "safe", "speedy", "prompt", "and", "eventual", "quick");

    /// <summary>How many words may stand between a release word and the mention it governs ("the release of the two detained reporters").</summary>
    private const int Window = 5;

    /// <summary>
    /// Whether the mention <paramref name="actor"/>, after the start of <paramref name="trigger"/> in <paramref name="sentence"/>, is
    /// the one whose release, bail, pardon, freedom, return or dropped charges the act asks for.
    /// </summary>
    public static bool Of(Document document, Sentence sentence, TriggerMatch trigger, EventActor actor, TokenIndex index) =>
        actor.Role == ActorRole.Party && Of(document, sentence, trigger, actor.Range, index);

    /// <summary>
    /// The entities of the mentions of <paramref name="sentence"/> after the start of <paramref name="trigger"/> that stand in a
    /// beneficiary's slot; empty when none. A side a later step names from the story ("Lai" for "push for Lai's release") is
    /// known by its entity.
    /// </summary>
    public static HashSet<int> Entities(Document document, Sentence sentence, TriggerMatch trigger, TokenIndex index)
    {
        var found = new HashSet<int>();
        foreach (var m in Mentions(document, sentence, trigger, index))
            found.Add(document.Mentions[m].Entity);
        return found;
    }

    /// <summary>
    /// The mentions (indexes into <see cref="Document.Mentions"/>) of <paramref name="sentence"/> after the start of
    /// <paramref name="trigger"/> that stand in a beneficiary's slot ("urged his release": "his"); empty when none.
    /// </summary>
    public static List<int> Mentions(Document document, Sentence sentence, TriggerMatch trigger, TokenIndex index)
    {
        var found = new List<int>();
        var from = document.Tokens[trigger.FirstToken].Start;
        for (var m = document.FirstMentionFrom(from); m < document.Mentions.Length && document.Mentions[m].Start < sentence.End; m++)
            if (document.Mentions[m] is var mention && mention.End <= sentence.End && Of(document, sentence, trigger, mention.Range, index))
                found.Add(m);
        return found;
    }

    /// <summary>Whether the words at <paramref name="range"/> stand in a beneficiary's slot (see <see cref="Of(Document, Sentence, TriggerMatch, EventActor, TokenIndex)"/>).</summary>
    private static bool Of(Document document, Sentence sentence, TriggerMatch trigger, TextRange range, TokenIndex index)
    {
        if (range.End <= range.Start)
            return false;
        var first = index.TokenAt(range.Start);
        var last = index.TokenAt(range.End - 1);
        if (first < trigger.FirstToken || first < sentence.FirstToken || last >= sentence.EndToken)
            return false;
        return Possessor(document, sentence, last) || Governed(document, sentence, trigger, first) || Passive(document, sentence, last)
            || Charged(document, sentence, trigger, first);
    }

    private static string Word(Document document, int t) => document.Slice(document.Tokens[t].Range).ToString();

    /// <summary>"Kimani's release", "their immediate release": the possessor of a release noun, unless "of" follows it ("Israel's release of prisoners").</summary>
    private static bool Possessor(Document document, Sentence sentence, int last)
    {
        var t = last + 1;
        // "Kimani's release", "their release": a possessive; not "demanded that Tehran release the ship", a subject and its verb.
        if (t < sentence.EndToken && Word(document, t) is "'s" or "’s" or "'" or "’")
            t++;
        else if (Word(document, last) is not ("his" or "her" or "their" or "its") && !Word(document, last).EndsWith("'s", StringComparison.Ordinal)
            && !Word(document, last).EndsWith("’s", StringComparison.Ordinal))
            return false;
        for (var k = 0; k < 3 && t < sentence.EndToken; k++, t++)
        {
            var w = Word(document, t);
            if (Nouns.Contains(w))
                return !(t + 1 < sentence.EndToken && Word(document, t + 1) is "of" or "by");
            if (!Modifiers.Contains(w))
                return false;
        }
        return false;
    }

    /// <summary>
    /// "the release of the two reporters", "to free the activist", "bail to the journalist", "amnesty for the protesters": a release
    /// noun's object after "of", "to" or "for", or a release verb's object, within <see cref="Window"/> words before the mention,
    /// with no punctuation or other preposition between ("the release of prisoners held by Israel": Israel is not released).
    /// </summary>
    private static bool Governed(Document document, Sentence sentence, TriggerMatch trigger, int first)
    {
        var floor = Math.Max(sentence.FirstToken, trigger.FirstToken);
        for (var t = first - 1; t >= floor && t >= first - Window; t--)
        {
            var token = document.Tokens[t];
            var w = Word(document, t);
            if (token.Is(TokenShape.Punctuation))
                return false;
            if (w is "of" or "for" or "to")
                return t > floor && Nouns.Contains(Word(document, t - 1)); // "the release of", "bail to", "amnesty for"
            if (Verbs.Contains(w))
                return true;
            if (Cues.Prepositions.Contains(w) || Drops.Contains(w) || w is "that" or "who" or "which" or "and" or "or" or "but")
                return false;
        }
        return false;
    }

    /// <summary>"that he be bailed out", "that the reporters be freed", "should be granted bail": the subject of a passive release.</summary>
    private static bool Passive(Document document, Sentence sentence, int last)
    {
        for (var t = last + 1; t < sentence.EndToken - 1 && t <= last + 3; t++)
        {
            var w = Word(document, t);
            if (w is "be" or "been")
            {
                var p = Word(document, t + 1);
                return Participles.Contains(p) && (p is not ("granted" or "allowed") || t + 2 < sentence.EndToken && Word(document, t + 2) is "bail" or "to" or "amnesty" or "a");
            }
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
        }
        return false;
    }

    /// <summary>"charges against him be dropped", "to drop the charges against the editor": the one charged, when the sentence drops the charges.</summary>
    private static bool Charged(Document document, Sentence sentence, TriggerMatch trigger, int first)
    {
        var t = first - 1;
        while (t > sentence.FirstToken && Word(document, t) is "the" or "all" or "a" or "his" or "her" or "their")
            t--; // "charges against the reporters"
        if (t <= sentence.FirstToken || Word(document, t) is not "against" || Word(document, t - 1) is not ("charges" or "charge" or "case" or "cases"))
            return false;
        for (var k = Math.Max(sentence.FirstToken, trigger.FirstToken); k < sentence.EndToken; k++)
            if (Drops.Contains(Word(document, k)))
                return true;
        return false;
    }
}
