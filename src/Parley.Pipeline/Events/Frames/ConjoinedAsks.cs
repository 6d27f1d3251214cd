using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The envoy urged the junta to lift the curfew and to free the jailed students", "the bloc pledged to reopen its mission
/// and to send doctors": each infinitive joined by "and" to the first one a request or promise governs is one more act
/// asked for or promised, a second event of the frame with its sides, factuality and time, not part of the first act's
/// content. Read after the frame's infinitive (its "to") and its first act, within the frame's clause (up to ";", ":",
/// "but", "while", a reporting word): "and to" with a bare verb after it ("and to restore their rights"), not a light verb
/// or one of abstaining ("and to refrain from ..."); a bare verb after "and" alone ("to abide by it and withdraw") is as
/// often one act told in two words, and an agreement ("agreed to swap prisoners and to return the bodies") is one act. The conjunct's code is the frame's code over its act
/// (<see cref="IntentCodes.Apply"/>: "urged ... and to free" is 0253), or the frame's own code when the conjunct names no
/// act Parley knows ("and to respect the right to protest": 020). Only appeals and demands (02x, 10x) and intents (03x):
/// a threat's alternatives ("threatened to sue or to walk out") are one threat. Rule: the frame's, the conjunct's act, the
/// first event's side suffixes, then <c>+act.conjoined</c>.
/// </summary>
internal static class ConjoinedAsks
{
    /// <summary>The rule suffix of an event made from a conjoined infinitive.</summary>
    public const string Suffix = "+act.conjoined";

    /// <summary>How far past the first act a conjoined infinitive is looked for.</summary>
    private const int Reach = 30;

    /// <summary>How far after the frame its infinitive's "to" may stand ("called on the two rival factions to ...").</summary>
    private const int ToReach = 8;

    /// <summary>Words that end the frame's clause: what follows is no longer asked or promised.</summary>
    private static readonly FrozenSet<string> s_clauseEnds = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ";", ":", ".", "but", "while", "whereas", "although", "though", "because", "saying", "said", "says", "adding", "added", "—", "–", "\"", "“", "”");

    /// <summary>
    /// Light verbs and verbs of abstaining: "and to do what they can", "and to refrain from steps that ...", "and to remain
    /// calm" restate the appeal made before them (restraint, effort), no second act asked for.
    /// </summary>
    private static readonly FrozenSet<string> s_lightVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "do", "go", "remain", "stay", "keep", "refrain", "avoid", "desist", "abstain", "continue", "make", "take", "try");

    /// <summary>Words after "to" that open a noun phrase, not an infinitive ("the right to peaceful protest and to the ...").</summary>
    private static readonly FrozenSet<string> s_notVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "all", "any", "each", "every", "some",
        "other", "both", "no", "more", "most", "be", "peaceful", "international", "local", "national", "foreign", "political");

    /// <summary>
    /// The events of the conjoined infinitives of the frame <paramref name="frame"/> read as <paramref name="found"/> (its
    /// governed act <paramref name="act"/> or none), with the index of each conjunct's trigger (-1 for none).
    /// </summary>
    public static List<(CodedEvent Event, int Trigger)> Of(Document document, Sentence sentence, List<TriggerMatch> triggers, int frame,
        TriggerMatch? act, CodedEvent found, KnowledgeBase kb)
    {
        var conjuncts = new List<(CodedEvent, int)>();
        var f = triggers[frame];
        // "agreed to swap prisoners and to return the bodies": an agreement is one act, whatever it settles.
        if (f.Pattern.Kind != TriggerKind.Frame || f.Pattern.IsBlocker || !Asks(found.Cameo) || !found.Rule.StartsWith(f.Pattern.Id, StringComparison.Ordinal)
            || f.Pattern.Id.StartsWith("frame.agree.", StringComparison.Ordinal))
            return conjuncts;
        var to = InfinitiveTo(document, sentence, f, act);
        if (to < 0)
            return conjuncts;
        var start = act is { } a ? Math.Max(a.EndToken, to + 2) : to + 2;
        var end = Math.Min(sentence.EndToken, start + Reach);
        var next = frame + 1;
        for (var t = start; t < end - 1; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (s_clauseEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                break;
            if (word is not "and")
                continue;
            // "and withdraw fully", "to go further and impose": a bare verb after "and" is as often the same act told in two
            // words as another act; only a second "to" marks a second infinitive for certain.
            var verb = t + 2;
            if (verb >= sentence.EndToken || document.Slice(document.Tokens[t + 1].Range) is not "to")
                continue;
            // "aimed at raising revenue, protecting jobs and pressuring firms to relocate, and to curb smuggling": after a
            // comma, "and to" under a gerund frame goes back to what governs the gerund's list, not to the frame.
            if (t > start && document.Slice(document.Tokens[t - 1].Range) is "," && Gerund(document, f))
                break;
            var text = document.Slice(document.Tokens[verb].Range);
            if (!BareVerb(text) || s_lightVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                continue;
            while (next < triggers.Count && triggers[next].FirstToken < verb)
                next++;
            var own = next < triggers.Count && triggers[next].FirstToken == verb && !triggers[next].Pattern.IsBlocker
                && triggers[next].Pattern.Kind != TriggerKind.Frame ? next : -1;
            conjuncts.Add((Conjunct(document, f, own < 0 ? null : triggers[own], verb, act, found, kb), own));
        }
        return conjuncts;
    }

    /// <summary>A frame whose first word is an "-ing" form ("pressuring", "urging").</summary>
    private static bool Gerund(Document document, TriggerMatch f) =>
        document.Slice(document.Tokens[f.FirstToken].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>Appeals (02), demands (10) and intents (03): the codes whose conjoined acts are each asked or promised.</summary>
    private static bool Asks(string cameo) => cameo.StartsWith("02", StringComparison.Ordinal) || cameo.StartsWith("10", StringComparison.Ordinal)
        || cameo.StartsWith("03", StringComparison.Ordinal);

    /// <summary>The token of the "to" that opens the frame's infinitive: its own last word, or one within a few words before its act; -1 for none.</summary>
    private static int InfinitiveTo(Document document, Sentence sentence, TriggerMatch f, TriggerMatch? act)
    {
        if (document.Slice(document.Tokens[f.EndToken - 1].Range) is "to")
            return f.EndToken - 1;
        var end = act is { } a ? a.FirstToken : Math.Min(sentence.EndToken, f.EndToken + ToReach);
        for (var t = f.EndToken; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "to")
                return t + 1 < sentence.EndToken && BareVerb(document.Slice(document.Tokens[t + 1].Range)) ? t : -1;
            if (s_clauseEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word is "," or "that" or "and")
                return -1;
        }
        return -1;
    }

    /// <summary>A lower-case word that may be a bare verb: not a determiner or a common adjective, not a plural, past or "-ing" form.</summary>
    private static bool BareVerb(ReadOnlySpan<char> word) =>
        word.Length > 1 && char.IsLower(word[0]) && !word.ContainsAnyExcept(Letters) && !s_notVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        && !word.EndsWith("ing", StringComparison.Ordinal) && !(word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal))
        && !(word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) && !word.EndsWith("ly", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    private static CodedEvent Conjunct(Document document, TriggerMatch f, TriggerMatch? own, int verb, TriggerMatch? act, CodedEvent found, KnowledgeBase kb)
    {
        var code = own is { } o ? IntentCodes.Apply(f.Pattern, o.Pattern) : new FramedCode(f.Pattern.Plover, f.Pattern.Cameo, f.Pattern.Mode);
        var entry = kb.CameoOf(code.Cameo);
        // The first event's rule is the frame's id, its act's id and the side suffixes: the conjunct keeps the suffixes.
        var suffixes = found.Rule.AsSpan(f.Pattern.Id.Length);
        if (act is { } a && suffixes.StartsWith("+" + a.Pattern.Id, StringComparison.Ordinal))
            suffixes = suffixes[(a.Pattern.Id.Length + 1)..];
        var rule = string.Concat(f.Pattern.Id, own is { } w ? "+" + w.Pattern.Id : "", suffixes, Suffix);
        var range = new TextRange(document.Tokens[verb].Start, own is { } r ? r.Range.End : document.Tokens[verb].End);
        return found with
        {
            Plover = code.Plover,
            Mode = code.Mode,
            Cameo = code.Cameo,
            Goldstein = entry?.Goldstein ?? 0,
            Quad = entry?.Quad ?? found.Quad,
            Trigger = range,
            Rule = rule,
        };
    }
}
