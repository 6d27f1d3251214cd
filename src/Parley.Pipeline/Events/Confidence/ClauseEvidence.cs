using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>The cue words of the trigger's own clause, read from the lists Factuality reads (<see cref="Cues"/>).</summary>
[Flags]
public enum ClauseCues : byte
{
    None = 0,
    /// <summary>"not", "never", "refused", "failed" (<see cref="Cues.Negation"/>).</summary>
    Negator = 1,
    /// <summary>"if", "unless", "whether".</summary>
    Conditional = 2,
    /// <summary>"may", "might", "could", "would", "should", "can" (<see cref="Cues.Modals"/>).</summary>
    Modal = 4,
    /// <summary>"will", "shall", "plans", "expected" (<see cref="Cues.Future"/>).</summary>
    Future = 8,
    /// <summary>The other hedges of <see cref="Cues.Hypothetical"/> and <see cref="Cues.HedgesBefore"/>: "likely", "hopes", "fears".</summary>
    Hedge = 16,
}

/// <summary>What opens the trigger's clause, when a clause word comes before it: a relative ("who", "which", "that") or a subordinate one ("after", "when", "because").</summary>
public enum ClauseOpener : byte { None, Relative, Subordinate }

/// <summary>Who tells the act: no one (narrated), the event's own source ("Ghana said it would ..."), or another speaker.</summary>
public enum SpeakerSide : byte { None, Source, Other }

/// <summary>
/// How the trigger's clause frames the act, in facts the coder's own word lists give (<see cref="Cues"/>, <see cref="ReportingVerbs"/>;
/// no list of its own), for the learned confidence (<see cref="EvidenceFacts"/>): the cue words before the trigger in its
/// clause (negator, conditional, modal, future, hedge), even when the event survives factuality; how deep in reported
/// speech the act is told (0: narrated; 1: "X said ..."; 2: "X said Y had ..."; or told before "..., officials said"); whether
/// the speaker is the event's source; and what opens the clause (a relative or subordinate word). For "Officials said the
/// rebels, who may have attacked the post, would not withdraw", the event of "attacked" has the cue <c>modal</c>, speech
/// depth 1, a speaker other than its source, and a relative opener.
/// </summary>
public readonly record struct ClauseEvidence(ClauseCues Cues, int Speech, bool SaidAfter, SpeakerSide Speaker, ClauseOpener Opener)
{
    /// <summary>How many tokens before the trigger its clause's cues are looked for.</summary>
    private const int Reach = 8;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_negation = Events.Cues.Negation.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_modals = Events.Cues.Modals.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_future = Events.Cues.Future.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_hypothetical = Events.Cues.Hypothetical.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_hedges = Events.Cues.HedgesBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_clauseStart = Events.Cues.ClauseStart.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_sayings = ReportingVerbs.Sayings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The clause evidence of <paramref name="e"/>'s trigger in <paramref name="s"/>, a sentence of <paramref name="document"/>.</summary>
    public static ClauseEvidence Of(Document document, Sentence s, CodedEvent e)
    {
        var tokens = document.Tokens;
        int first = s.FirstToken, end = Math.Min(s.FirstToken + s.TokenCount, tokens.Length);
        var trigger = end;
        for (var t = first; t < end; t++)
            if (tokens[t].Start >= e.Trigger.Start)
            {
                trigger = t;
                break;
            }
        var after = trigger;
        while (after < end && tokens[after].Start < e.Trigger.End)
            after++;

        var cues = ClauseCues.None;
        var opener = ClauseOpener.None;
        for (var t = trigger - 1; t >= first && t >= trigger - Reach; t--)
        {
            var w = document.Slice(tokens[t].Range);
            if (IsSaying(w))
                break;
            if (s_clauseStart.Contains(w))
            {
                opener = w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("whom", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("whose", StringComparison.OrdinalIgnoreCase) ? ClauseOpener.Relative
                    : char.IsLetter(w[0]) ? ClauseOpener.Subordinate : ClauseOpener.None;
                break;
            }
            cues |= IsMonth(document, s, t, w) ? ClauseCues.None : CueOf(w);
        }

        // reported speech: the verbs of saying before the trigger, and one after it ("..., officials said")
        var speech = 0;
        var source = e.Source.Count > 0 && e.Source[0].Range.Start >= s.Start && e.Source[0].Range.End <= s.End ? e.Source[0].Range : (TextRange?)null;
        var speaker = SpeakerSide.None;
        var saidAfter = false;
        for (var t = first; t < end; t++)
        {
            if (t >= trigger && t < after || !IsSaying(document.Slice(tokens[t].Range)))
                continue;
            if (t < trigger)
                speech++;
            else
                saidAfter = true;
            if (speaker != SpeakerSide.Source)
                speaker = source is { } r && Speaks(document, r, t, trigger, after, first, end) ? SpeakerSide.Source : SpeakerSide.Other;
        }
        return new ClauseEvidence(cues, speech, saidAfter, speaker, opener);
    }

    /// <summary>Whether the side at <paramref name="side"/> is the one the verb of saying at token <paramref name="say"/> attributes words to.</summary>
    private static bool Speaks(Document document, TextRange side, int say, int trigger, int after, int first, int end)
    {
        var tokens = document.Tokens;
        var at = tokens[say].Start;
        // "Ghana said it would ...", "..., the ministry said": the side ends a few tokens before the verb
        if (side.End <= at && (say < trigger || say >= after) && Between(document, side.End, at, first, end) <= 2)
            return true;
        // "..., said the minister": the side starts right after a verb of saying that follows the act
        return say >= after && side.Start >= tokens[say].End && Between(document, tokens[say].End, side.Start, first, end) <= 2;
    }

    /// <summary>How many tokens of the sentence (tokens <paramref name="first"/> to <paramref name="end"/>) lie between two offsets.</summary>
    private static int Between(Document document, int from, int to, int first, int end)
    {
        var n = 0;
        for (var t = first; t < end && document.Tokens[t].Start < to; t++)
            if (document.Tokens[t].Start >= from)
                n++;
        return n;
    }

    private static bool IsSaying(ReadOnlySpan<char> word) =>
        s_sayings.Contains(word) || ReportingVerbs.SayingParticiples.Contains(word) || word.Equals("according", StringComparison.OrdinalIgnoreCase);

    /// <summary>"in May", "on May 4", "May 2024": the capitalised month inside a sentence or before a number is no modal.</summary>
    private static bool IsMonth(Document document, Sentence s, int t, ReadOnlySpan<char> w)
    {
        if (!w.SequenceEqual("May"))
            return false;
        var next = t + 1 < s.FirstToken + s.TokenCount && t + 1 < document.Tokens.Length ? document.Slice(document.Tokens[t + 1].Range) : [];
        return t > s.FirstToken || !next.IsEmpty && char.IsDigit(next[0]);
    }

    private static ClauseCues CueOf(ReadOnlySpan<char> w)
    {
        if (s_negation.Contains(w))
            return ClauseCues.Negator;
        if (w.Equals("if", StringComparison.OrdinalIgnoreCase) || w.Equals("unless", StringComparison.OrdinalIgnoreCase) || w.Equals("whether", StringComparison.OrdinalIgnoreCase))
            return ClauseCues.Conditional;
        if (s_modals.Contains(w))
            return ClauseCues.Modal;
        if (s_future.Contains(w))
            return ClauseCues.Future;
        return s_hypothetical.Contains(w) || s_hedges.Contains(w) ? ClauseCues.Hedge : ClauseCues.None;
    }

    /// <summary>Hands the clause evidence to <paramref name="sink"/>: <c>cue=</c> (each cue, or <c>none</c>), <c>speech=</c>, <c>speaker=</c>, <c>opener=</c>.</summary>
    public void Visit<TSink>(ref TSink sink) where TSink : IFeatureSink, allows ref struct
    {
        if (Cues == ClauseCues.None)
            sink.Add("cue=", "none");
        if ((Cues & ClauseCues.Negator) != 0)
            sink.Add("cue=", "negator");
        if ((Cues & ClauseCues.Conditional) != 0)
            sink.Add("cue=", "conditional");
        if ((Cues & ClauseCues.Modal) != 0)
            sink.Add("cue=", "modal");
        if ((Cues & ClauseCues.Future) != 0)
            sink.Add("cue=", "future");
        if ((Cues & ClauseCues.Hedge) != 0)
            sink.Add("cue=", "hedge");
        sink.Add("speech=", Speech >= 2 ? "2+" : Speech == 1 ? "1" : SaidAfter ? "after" : "0");
        if (Speaker != SpeakerSide.None)
            sink.Add("speaker=", Speaker == SpeakerSide.Source ? "source" : "other");
        if (Opener != ClauseOpener.None)
            sink.Add("opener=", Opener == ClauseOpener.Relative ? "relative" : "subordinate");
    }
}
