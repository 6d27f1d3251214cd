using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// An act noun that is what another act is about: "expelled the envoy over the <b>raid</b>", "opened an investigation into
/// the <b>shelling</b>", "protests against the <b>arrest</b>", "a row over the <b>killing</b>". The noun names the topic or
/// the cause of the act that governs it, which is the sentence's event; the noun is no event of its own (CAMEO codes "X
/// accused Y of shelling" as 112 only), unless its phrase names its own actors ("over the raid by Ugandan troops"). Reads
/// the tokens between the governing trigger and the noun, and the part-of-speech tags of the noun's phrase when a tagger ran.
/// </summary>
internal static class TopicNouns
{
    /// <summary>How far after the governing trigger its topic's preposition may stand: "recalled its ambassador from Niamey over".</summary>
    private const int Reach = 8;

    /// <summary>How many words the topic noun's phrase may hold before the noun: "over last week's deadly <b>raid</b>".</summary>
    private const int PhraseWords = 5;

    /// <summary>How far after the act noun its "by" agent may stand: "the shelling of border posts <b>by</b> Indian troops".</summary>
    private const int AgentReach = 5;

    /// <summary>Prepositions that open what an act is about or why it was done.</summary>
    private static readonly FrozenSet<string> s_topicMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "over", "into", "about", "against", "on");

    /// <summary>
    /// Words that end the governing act's clause before its topic: "condemned the raid, which ..." or "... and said the strike
    /// on ..." start a new clause whose nouns are not the governing act's topic.
    /// </summary>
    private static readonly FrozenSet<string> s_clauseWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "but", "while", "who", "which", "that", "when", "where", "after", "before", "since", "as", "because", "following",
        "said", "says", "saying", "and", "or", "amid", "during", "until");

    /// <summary>
    /// Words before the preposition that make the noun an act answered, not a topic: "in retaliation for the attack", "in
    /// response to the strikes", "claimed responsibility for the bombing" (the gold sets code the attack as well).
    /// </summary>
    private static readonly FrozenSet<string> s_answered = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "retaliation", "response", "revenge", "reprisal", "responsibility", "retribution",
        // "heeded the call for a general strike": what is asked for may be done; the frames read it (Complements)
        "call", "calls", "appeal", "appeals", "plea", "pleas", "request", "requests", "demand", "demands");

    /// <summary>
    /// True when <paramref name="next"/>, a noun trigger after <paramref name="governor"/> in its clause, is the governor's topic:
    /// after a topic preposition ("sanctioned the general over the <b>attacks</b>", "protests against the <b>arrest</b>").
    /// </summary>
    public static bool Follow(Document document, TriggerMatch governor, TriggerMatch next)
    {
        if (next.Pattern.Kind != TriggerKind.Noun || next.Pattern.IsBlocker || next.FirstToken < governor.EndToken
            || next.FirstToken - governor.EndToken > Reach + PhraseWords)
            return false;
        var start = PhraseStart(document, governor.EndToken, next.FirstToken);
        if (start < governor.EndToken)
            return false;
        // "went on strike", "have been on hunger strike": a bare noun after "on" names a state the subject is in, not a topic.
        if (start == next.FirstToken && start > 0 && document.Slice(document.Tokens[start - 1].Range) is "on")
            return false;
        // "heeded the call for a general strike": what an appeal or a demand asks for is read by the frames (Complements), and
        // may be done; it is no topic.
        if (governor.Pattern.Plover == "REQUEST" || governor.Pattern.Cameo.StartsWith("02", StringComparison.Ordinal)
            || governor.Pattern.Cameo.StartsWith("10", StringComparison.Ordinal))
            return false;
        int marker;
        var before = document.Slice(document.Tokens[start - 1].Range);
        if (start > governor.EndToken && (s_topicMarkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) || before.Equals("for", StringComparison.OrdinalIgnoreCase)))
            marker = start - 1; // "expelled the envoy over the raid"; "travelled to Brussels for talks": what the act was done for
        else if (start == governor.EndToken && VerdictObject(document, governor))
            marker = start; // "condemned the deployment", "investigating the killings": the verdict's or the inquiry's object
        else if (governor.EndToken == start && s_topicMarkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before))
            marker = start - 1; // "protests against the arrest", "an investigation into the shelling": the governor ends in its preposition
        else
            return false;
        if (OwnActors(document, start, next, possessorOnly: marker == start))
            return false;
        if (marker > governor.FirstToken && s_answered.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[marker - 1].Range)))
            return false;
        var clause = s_clauseWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = governor.EndToken; k < marker; k++)
        {
            var text = document.Slice(document.Tokens[k].Range);
            if (document.Tokens[k].Is(TokenShape.Punctuation) || clause.Contains(text) || s_answered.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return false;
        }
        return marker - governor.EndToken <= Reach;
    }

    /// <summary>A verdict (CAMEO 11x) or an inquiry (09x) read as a verb, whose direct object is what it judges.</summary>
    private static bool VerdictObject(Document document, TriggerMatch governor) =>
        governor.Pattern.Kind == TriggerKind.Verb
        && (governor.Pattern.Cameo.StartsWith("11", StringComparison.Ordinal) || governor.Pattern.Cameo.StartsWith("09", StringComparison.Ordinal));

    /// <summary>Prepositions after which an act noun is a topic whatever governs them: "a row <b>over</b> the killing", "an inquiry <b>into</b> the shelling".</summary>
    private static readonly FrozenSet<string> s_pureTopicMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "over", "into", "about");

    /// <summary>
    /// True when noun trigger <paramref name="t"/> opens its phrase right after "over", "into" or "about" (at most
    /// <see cref="PhraseWords"/> words before it, none before <paramref name="floor"/>): "deepening a row over the <b>killing</b>",
    /// "on trial over a 2009 stadium <b>massacre</b>", "unrest over the police <b>killing</b>". Such a phrase says what a
    /// dispute, a trial, a feeling or an act is about, whether or not a trigger governs it; the act named is its topic.
    /// </summary>
    public static bool AfterTopicPreposition(Document document, TriggerMatch t, int floor)
    {
        if (t.Pattern.Kind != TriggerKind.Noun || t.Pattern.IsBlocker || t.FirstToken <= floor)
            return false;
        var start = PhraseStart(document, floor, t.FirstToken);
        return start > floor && !OwnActors(document, start, t) && s_pureTopicMarkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[start - 1].Range));
    }

    /// <summary>
    /// True when the act noun's phrase tells the act with its own actors, so the sentence also tells it as a fact: a name or
    /// a demonym before the noun ("about the Russian assault", "over Israel's strikes") or a "by" agent within five words
    /// after it ("over the raid by Ugandan troops", "condemned the shelling of border posts by Indian troops"). For the direct
    /// object of a verdict (<paramref name="possessorOnly"/>) only a possessor counts, not a demonym: "condemned the Ugandan
    /// deployment" is the condemnation's topic (the read sets' gold codes 1 of 40 such objects).
    /// </summary>
    private static bool OwnActors(Document document, int start, TriggerMatch noun, bool possessorOnly = false)
    {
        for (var k = start; k < noun.FirstToken; k++)
            if (document.Tokens[k].Is(TokenShape.Capitalized)
                && (!possessorOnly || k + 1 < noun.FirstToken && document.Slice(document.Tokens[k + 1].Range) is "'s" or "’s" or "'"))
                return true;
        // "the shelling of border posts by Indian troops": a "by" agent (or "between" parties: "the meeting between Taiwan and ...") within the noun's phrase, before any punctuation or clause word
        var clause = s_clauseWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = noun.EndToken; k < Math.Min(document.Tokens.Length, noun.EndToken + AgentReach); k++)
        {
            var text = document.Slice(document.Tokens[k].Range);
            if (text is "by" or "between")
                return true;
            if (document.Tokens[k].Is(TokenShape.Punctuation) || clause.Contains(text))
                return false;
        }
        return false;
    }

    /// <summary>
    /// The first token of the noun phrase that ends at <paramref name="noun"/>: back over determiners, possessives, adjectives,
    /// numbers and names ("last week's deadly"), at most <see cref="PhraseWords"/> words and never before <paramref name="floor"/>.
    /// </summary>
    private static int PhraseStart(Document document, int floor, int noun)
    {
        var start = noun;
        var tags = document.Tags;
        while (start > floor && noun - start < PhraseWords)
        {
            var k = start - 1;
            var text = document.Slice(document.Tokens[k].Range);
            if (s_topicMarkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                break;
            var inPhrase = text is "'s" or "’s" or "'" or "-"
                || !document.Tokens[k].Is(TokenShape.Punctuation) && (tags.Length > k
                    ? tags[k] is PosTag.DT or PosTag.PRPS or PosTag.JJ or PosTag.JJR or PosTag.JJS or PosTag.NN or PosTag.NNS
                        or PosTag.NNP or PosTag.NNPS or PosTag.POS or PosTag.CD or PosTag.VBN
                    : !s_clauseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text));
            if (!inPhrase)
                break;
            start = k;
        }
        return start;
    }
}
