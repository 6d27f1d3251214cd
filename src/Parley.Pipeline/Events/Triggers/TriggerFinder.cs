using System.Buffers;
using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>A pattern matched in a sentence: the trigger's token range and text range.</summary>
public readonly record struct TriggerMatch(EventPattern Pattern, int FirstToken, int EndToken, TextRange Range);

/// <summary>Finds pattern triggers in a sentence: indexed by first word, longest match wins, matches do not overlap.</summary>
public sealed class TriggerFinder
{
    /// <summary>
    /// A pattern with its trigger's elements as form sets, and for each element whether adjuncts may stand before it
    /// (<see cref="TakesAdjuncts"/>, worked out once here, not per word tried).
    /// </summary>
    private sealed record Compiled(EventPattern Pattern, FormSet[] Elements, bool[] Adjuncts);

    /// <summary>
    /// Every form of every pattern, by id: a sentence's words are looked up here once, and the ~38 be-verb rows then test
    /// the next word by id instead of each hashing it again.
    /// </summary>
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabulary;

    /// <summary>The patterns a word starts, by the word's vocabulary id (null where it starts none).</summary>
    private readonly Compiled[]?[] _byFirstWord;

    public TriggerFinder(IReadOnlyList<EventPattern> patterns)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in patterns)
            foreach (var forms in p.Trigger)
                foreach (var form in forms)
                    ids.TryAdd(form, ids.Count);
        var vocabulary = ids.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _vocabulary = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        // The rows a word starts, gathered by the word's id (the first element's ids are already in its form set): no
        // second index by string, which cost ~100 ms of start-up.
        var byFirstWord = new List<Compiled>?[ids.Count];
        foreach (var p in patterns)
        {
            var elements = new FormSet[p.Trigger.Length];
            var adjuncts = new bool[p.Trigger.Length];
            for (var e = 0; e < elements.Length; e++)
                (elements[e], adjuncts[e]) = (new FormSet(p.Trigger[e], vocabulary), TakesAdjuncts(p, e));
            var compiled = new Compiled(p, elements, adjuncts);
            foreach (var id in elements[0].Ids)
                (byFirstWord[id] ??= []).Add(compiled);
        }
        _byFirstWord = new Compiled[]?[ids.Count];
        for (var id = 0; id < byFirstWord.Length; id++)
            if (byFirstWord[id] is { } list)
                _byFirstWord[id] = LongestFirst(list);
    }

    /// <summary>Longer triggers first, then by kind (verb, noun, frame); ties keep the file's order (a stable insertion sort).</summary>
    private static Compiled[] LongestFirst(List<Compiled> list)
    {
        var ordered = list.ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            var c = ordered[i];
            var at = i;
            for (; at > 0 && Before(c, ordered[at - 1]); at--)
                ordered[at] = ordered[at - 1];
            ordered[at] = c;
        }
        return ordered;
    }

    private static bool Before(Compiled a, Compiled b) =>
        a.Pattern.Trigger.Length != b.Pattern.Trigger.Length ? a.Pattern.Trigger.Length > b.Pattern.Trigger.Length : a.Pattern.Kind < b.Pattern.Kind;

    /// <summary>
    /// A sentence's words as vocabulary ids (-1: a word no pattern names), looked up once per sentence; <see cref="Stops"/>
    /// keeps, per word, whether it ends a verb row's gap (<see cref="GapStop"/>), worked out the first time a row asks.
    /// </summary>
    private readonly record struct Words(int[] Ids, byte[] Stops, int First)
    {
        public int this[int token] => Ids[token - First];
    }

    /// <summary>Bits of <see cref="Words.Stops"/>: known, then what <see cref="CoordinatedVerb"/> and <see cref="RelativeSubject"/> say.</summary>
    private const byte StopKnown = 1, StopCoordinated = 2, StopRelative = 4;

    /// <summary>
    /// Whether the word ends a verb row's gap as a coordinated verb or a relative clause's subject: the same for every row
    /// and start word of the sentence (<paramref name="limit"/> is always its end), so tested once per word, not once per row.
    /// </summary>
    private byte GapStop(Document document, Words words, int token, int limit)
    {
        ref var stop = ref words.Stops[token - words.First];
        if (stop == 0)
            stop = (byte)(StopKnown | (CoordinatedVerb(document, words, token, limit) ? StopCoordinated : 0) | (RelativeSubject(document, token, limit) ? StopRelative : 0));
        return stop;
    }

    public void Find(Document document, Sentence sentence, List<TriggerMatch> output)
    {
        var tokens = document.Tokens;
        var length = Math.Max(sentence.EndToken - sentence.FirstToken, 1);
        var ids = ArrayPool<int>.Shared.Rent(length);
        var stops = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Array.Clear(stops, 0, length);
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                ids[t - sentence.FirstToken] = _vocabulary.TryGetValue(document.Slice(tokens[t].Range), out var id) ? id : -1;
            Find(document, sentence, new Words(ids, stops, sentence.FirstToken), output);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ids);
            ArrayPool<byte>.Shared.Return(stops);
        }
    }

    private void Find(Document document, Sentence sentence, Words words, List<TriggerMatch> output)
    {
        var tokens = document.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken;)
        {
            if (!tokens[i].Is(TokenShape.Word) || words[i] < 0 || _byFirstWord[words[i]] is not { } patterns)
            {
                i++;
                continue;
            }
            TriggerMatch? best = null;
            TriggerMatch? noun = null;
            TriggerMatch? label = null;
            var second = new Second(i);
            foreach (var c in patterns)
            {
                var p = c.Pattern;
                if (!TryMatch(document, words, c, i, sentence.EndToken, ref second, out var end)
                    || WarnedSides.Guards(p) && !WarnedSides.Accepts(document, p, i, end, sentence.EndToken)
                    || NamedWrongs.Guards(p) && !NamedWrongs.Accepts(document, i, sentence.FirstToken)
                    || LabelVerdicts.Guards(p) && !LabelVerdicts.Accepts(document, p, i, end, sentence.FirstToken))
                    continue;
                var match = new TriggerMatch(p, i, end, new TextRange(tokens[i].Start, tokens[end - 1].End));
                // "called the expulsions retaliation for an unfriendly move": a wide label row only reads what no other row starting
                // on the verb reads (LabelVerdicts)
                if (LabelVerdicts.Guards(p))
                {
                    if (label is null || end > label.Value.EndToken)
                        label = match;
                    continue;
                }
                if (best is null || end > best.Value.EndToken)
                    best = match;
                if (p.Kind == TriggerKind.Noun && (noun is null || end > noun.Value.EndToken))
                    noun = match;
            }
            if (label is { } dismissal && LabelVerdicts.Overrides(dismissal, best))
                best = dismissal; // "dismissed the decision as a hypocritical gesture": the label, not the bare rejection
            // "called the strike terrible", "called the protest a blockade of ...": the protest act is named, not called (NamedProtests)
            if (best is { } called && label is { } name && NamedProtests.LabelNames(document, name, called, sentence.EndToken))
                best = name;
            else if (best is { } named && NamedProtests.Named(document, named, sentence.EndToken))
                best = null;
            best ??= label;
            // "Russia's veto of the resolution": where the word reads as a noun, a noun row beats a longer verb-and-object row.
            // "Rubio's second visit to Riyadh": where a verb row and a noun row match the same words, the noun row (with its
            // "to" target) wins when the word reads as a noun.
            // "arrived for talks with the envoy": a verb row whose words past the noun are the noun row's own target preposition
            // ("talk+ with" against "talks" with target "with") is the noun where the word reads as one.
            if (best is { Pattern: { Kind: TriggerKind.Verb, IsBlocker: false } } b0 && noun is not null
                && (HasGap(b0.Pattern) || noun.Value.EndToken == b0.EndToken || TargetParticle(document, noun.Value, b0))
                && !VerbUse.IsVerb(document, i, sentence.FirstToken))
                best = noun;
            // "“Sanctions are waiting,” warned an analyst": a bare warning verb that attributes a quote is the quote's
            // saying, not a threat of the speaker's own act (the quote's words are coded where they name one).
            if (best is { } w && w.EndToken - w.FirstToken == 1 && w.Pattern.Kind == TriggerKind.Verb && LookAlikes.AttributesQuote(document, w.FirstToken, sentence.FirstToken)
                && Cues.QuoteWarnings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[w.FirstToken].Range)))
                best = null;
            if (best is { Pattern.IsBlocker: false } banned && LookAlikes.Banned(document, banned.FirstToken, sentence.FirstToken))
                best = null;
            if (best is { } b)
            {
                output.Add(b);
                i = b.EndToken;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// Whether a gap opening at <paramref name="position"/> spans the subject of a "that" clause the row has read (right after
    /// "that", or after "that anyone"): "warned that anyone who disturbed order could be prosecuted". Its relative clause is
    /// the subject's own, so the gap goes on through it to the clause's verb (round 68).
    /// </summary>
    private static bool ComplementSubject(Document document, int position, int at)
    {
        for (var t = position - 1; t >= Math.Max(at + 1, position - 2); t--)
            if (document.Slice(document.Tokens[t].Range).Equals("that", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>Whether <paramref name="verb"/> reaches one word past <paramref name="noun"/>, a preposition that introduces the noun row's target.</summary>
    private static bool TargetParticle(Document document, TriggerMatch noun, TriggerMatch verb) =>
        verb.EndToken == noun.EndToken + 1 && noun.Pattern.TargetPrepositions.Contains(document.Slice(document.Tokens[noun.EndToken].Range).ToString().ToLowerInvariant());

    private static bool HasGap(EventPattern pattern)
    {
        foreach (var forms in pattern.Trigger)
            if (forms[0] == "*")
                return true;
        return false;
    }

    /// <summary>
    /// Where a row's second word may stand after one start word: the next word, the word after a scare quote, the word after
    /// a time adverbial, or the particle after a frame's adjuncts. None of these depends on the row but the adjuncts' particle,
    /// so they are worked out once per start word and shared by every row it starts (~40 start with "is|are|was|were").
    /// </summary>
    private struct Second(int at)
    {
        public readonly int At = at;
        /// <summary>Whether <see cref="Quoted"/> and <see cref="Timed"/> are known.</summary>
        public bool Known;
        /// <summary>The word after a scare quote opening after the start word; the next word if none opens there.</summary>
        public int Quoted;
        /// <summary>The word after a time adverbial at <see cref="Quoted"/>; <see cref="Quoted"/> itself if none.</summary>
        public int Timed;
        /// <summary>Whether the start word reads as a noun: 0 not known yet, 1 yes, 2 no.</summary>
        public byte Noun;
        /// <summary>The word after the adjuncts before a "to" / "that" particle (-1: not known yet).</summary>
        public int To = -1, That = -1;
    }

    private bool TryMatch(Document document, Words words, Compiled compiled, int at, int limit, out int end)
    {
        var second = new Second(at);
        return TryMatch(document, words, compiled, at, limit, ref second, out end);
    }

    private bool TryMatch(Document document, Words words, Compiled compiled, int at, int limit, ref Second second, out int end)
    {
        var pattern = compiled.Pattern;
        var elements = compiled.Elements;
        end = at;
        var position = at;
        for (var k = 0; k < elements.Length; k++)
        {
            var forms = elements[k];
            if (forms.IsGap)
            {
                // A gap: find the next element within MaxGap tokens, stopping at punctuation ("* *" allows twice as many).
                var span = EventPattern.MaxGap;
                while (elements[k + 1].IsGap)
                {
                    k++;
                    span += EventPattern.MaxGap;
                }
                var next = elements[++k];
                // "warned, in a statement on Monday, that it would ...": a frame's gap may open with a comma-closed aside.
                if (pattern.Kind == TriggerKind.Frame && position == at + 1 && position < limit)
                    position = FrameAdjuncts.AfterAside(document, position, limit);
                var found = -1;
                for (var g = position; g < limit && g <= position + span; g++)
                {
                    // "disbanded the unit on Sunday, yielding to": a gap reaches a comma the row names as its next word.
                    if (document.Tokens[g].Is(TokenShape.Punctuation) && !InsidePhrase(document, g))
                    {
                        if (next.Contains(words[g])) { found = g; }
                        break;
                    }
                    // "closed two bridges and restricted access to": once the first verb has words of its own, a gap stops at a
                    // verb coordinated with it, whose object is its own ("lifting or reducing the sanctions" shares one).
                    // "withdrew a decree that had shielded soldiers": a verb's gap stays in its clause, out of a relative clause on its object
                    // (a relative pronoun right before its verb; "warned Belgrade that air strikes would follow" opens a complement,
                    // whose subject may carry a relative clause of its own: ComplementSubject).
                    if (g > position && pattern.Kind == TriggerKind.Verb && GapStop(document, words, g, limit) is var stop
                        && ((stop & StopCoordinated) != 0 || (stop & StopRelative) != 0 && !next.Contains(words[g]) && !ComplementSubject(document, position, at)))
                        break;
                    if (next.Contains(words[g])) { found = g; break; }
                }
                if (found < 0)
                    return false;
                position = found + 1;
                continue;
            }
            if (k == 0)
            {
                if (position >= limit || !forms.Contains(words[position]))
                    return false;
                position++;
                continue;
            }
            if (!Element(document, words, forms, compiled.Adjuncts[k], limit, ref second, ref position))
                return false;
            position++;
        }
        end = position;
        return true;
    }

    /// <summary>
    /// Whether the element of <paramref name="forms"/> (a word, not a gap) stands at <paramref name="position"/>, or after a scare quote,
    /// a time adverbial or, for a frame's particle, its adjuncts; <paramref name="position"/> moves to the word found. Right
    /// after the start word the positions these steps reach do not depend on the row but for the adjuncts' particle, so they
    /// are kept in <paramref name="second"/> and shared by every row the start word starts (~40 start with "is|are|was|were").
    /// </summary>
    private bool Element(Document document, Words words, FormSet forms, bool takesAdjuncts, int limit, ref Second second, ref int position)
    {
        if (position < limit && forms.Contains(words[position]))
            return true;
        var at = second.At;
        var shared = position == at + 1;
        int quoted, timed;
        if (shared && second.Known)
            (quoted, timed) = (second.Quoted, second.Timed);
        else
        {
            // "was “a step backwards”", "called the vote a “farce”": scare quotes may open between two fixed words.
            quoted = position + 1 < limit && document.Slice(document.Tokens[position].Range) is "\"" or "“" or "``" or "‘" ? position + 1 : position;
            // "agreed on Sunday to": a time adverbial may stand between a verb and its particle.
            timed = quoted < limit ? AfterTime(document, quoted, limit) : quoted;
            if (shared)
                (second.Quoted, second.Timed, second.Known) = (quoted, timed, true);
        }
        if (quoted != position && forms.Contains(words[quoted]))
        {
            position = quoted;
            return true;
        }
        position = timed;
        if (position < limit && forms.Contains(words[position]))
            return true;
        // "vowed in a statement on Monday to", "threatened, in a letter to the council, to": a frame's particle may follow adjuncts.
        if (position >= limit || !takesAdjuncts)
            return false;
        if (!shared || second.Noun == 0)
        {
            var noun = FrameAdjuncts.ReadsAsNoun(document, at);
            if (shared)
                second.Noun = noun ? (byte)1 : (byte)2;
            if (noun)
                return false;
        }
        else if (second.Noun == 1)
            return false;
        // TakesAdjuncts allows only a "to" or a "that" particle, so the adjuncts end at one of two positions.
        var to = forms.Forms is ["to"];
        var after = !shared ? -1 : to ? second.To : second.That;
        if (after < 0)
        {
            after = AfterTime(document, FrameAdjuncts.After(document, position, limit, forms.Forms), limit);
            // "agreed at a summit in Tokyo to expand ...": a meeting named in the adjunct is an event of its own, so the frame keeps to its verb.
            if (HoldsMeeting(document, words, position, after, limit))
                after = position;
            if (shared && to)
                second.To = after;
            else if (shared)
                second.That = after;
        }
        position = after;
        return position < limit && forms.Contains(words[position]);
    }

    /// <summary>
    /// The token after a time adverbial starting at <paramref name="token"/> ("agreed on Sunday to", "charged on Friday
    /// that"): wire style puts the day between a verb and its particle; <paramref name="token"/> itself if none starts there.
    /// </summary>
    private static int AfterTime(Document document, int token, int limit)
    {
        var tokens = document.Tokens;
        var from = document.Slice(tokens[token].Range) is "on" or "On" && token + 1 < limit ? token + 1 : token;
        var times = document.Times;
        for (var i = document.FirstTimeFrom(tokens[token].Start); i < times.Length && times[i].Start <= tokens[from].Start; i++)
        {
            var time = times[i];
            if (time.Type is not (TimexType.Date or TimexType.Time) || (time.Start != tokens[token].Start && time.Start != tokens[from].Start))
                continue;
            var next = token;
            while (next < limit && tokens[next].Start < time.End)
                next++;
            return next;
        }
        return token;
    }

    /// <summary>Adverbs that may stand between a coordinator and its verb: "and then delayed", "and later freed".</summary>
    private static readonly FrozenSet<string> s_linkAdverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "then", "later", "also", "subsequently", "quickly", "soon", "again");

    /// <summary>Words that open a verb's object: "and created a council", "and shot them", "and moved to".</summary>
    private static readonly FrozenSet<string> s_objectOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "its", "their", "his", "her", "our", "them", "him", "it", "us", "to", "several", "some", "all", "two", "three", "dozens", "hundreds", "thousands");

    /// <summary>
    /// "closed two bridges and restricted access", "withdrew from the bloc and created a new one": "and" or "but" followed
    /// (after at most one adverb: "and then") by a past verb that starts a verb row or opens an object of its own begins a
    /// second predicate. "-ed" words that describe a noun ("and armed groups") start no row and open no object.
    /// </summary>
    private bool CoordinatedVerb(Document document, Words words, int token, int limit)
    {
        if (document.Slice(document.Tokens[token].Range) is not ("and" or "but"))
            return false;
        var verb = token + 1;
        if (verb < limit && s_linkAdverbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[verb].Range)))
            verb++;
        if (verb >= limit || !document.Tokens[verb].Is(TokenShape.Word))
            return false;
        var word = document.Slice(document.Tokens[verb].Range);
        if (word.Length < 4 || char.IsUpper(word[0]) || !(word.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularPast(word)))
            return false;
        if (words[verb] >= 0 && _byFirstWord[words[verb]] is { } rows)
            foreach (var c in rows)
                if (c.Pattern.Kind == TriggerKind.Verb && !c.Pattern.IsBlocker)
                    return true;
        return verb + 1 < limit && s_objectOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[verb + 1].Range));
    }

    private bool HoldsMeeting(Document document, Words words, int from, int to, int limit)
    {
        for (var t = from; t < to; t++)
        {
            if (!document.Tokens[t].Is(TokenShape.Word) || words[t] < 0 || _byFirstWord[words[t]] is not { } patterns)
                continue;
            foreach (var c in patterns)
                if (c.Pattern is { Plover: "CONSULT", IsBlocker: false } && c.Pattern.Kind != TriggerKind.Frame && TryMatch(document, words, c, t, limit, out _))
                    return true;
        }
        return false;
    }

    /// <summary>
    /// The particle of a frame ("vowed ... to", "insisted ... that") or the "to" of a verb-and-infinitive row ("vowed ... to
    /// crush", "declined ... to comment"): the places where a verb's adjuncts may stand before its particle.
    /// </summary>
    private static bool TakesAdjuncts(EventPattern pattern, int k) =>
        pattern.Kind == TriggerKind.Frame ? k == pattern.Trigger.Length - 1 && pattern.Trigger[k] is ["to"] or ["that"]
        : pattern.Kind == TriggerKind.Verb && k == 1 && k < pattern.Trigger.Length - 1 && pattern.Trigger[k] is ["to"];

    /// <summary>A hyphen, a quote mark or a currency sign stays inside a noun phrase ("a 24-hour hunger strike", "a ``special law''", "$40 million"); other punctuation ends the gap.</summary>
    private static bool InsidePhrase(Document document, int token) =>
        document.Slice(document.Tokens[token].Range) is "-" or "\"" or "``" or "''" or "“" or "”" or "'" or "‘" or "’" or "$" or "€" or "£" or "%";

    private static readonly string[] s_relatives = ["that", "which", "who"];
    private static readonly string[] s_auxiliaries = ["had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "did", "does"];

    /// <summary>A relative pronoun that is its clause's subject: "that", "which" or "who" right before an auxiliary or an "-ed" verb.</summary>
    private static bool RelativeSubject(Document document, int token, int limit) =>
        token + 1 < limit && IsForm(document, token, s_relatives)
        && (IsForm(document, token + 1, s_auxiliaries) || document.Slice(document.Tokens[token + 1].Range).EndsWith("ed", StringComparison.OrdinalIgnoreCase));

    internal static bool IsForm(Document document, int token, string[] forms)
    {
        var text = document.Slice(document.Tokens[token].Range);
        foreach (var f in forms)
            if (text.Equals(f, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
