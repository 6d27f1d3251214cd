using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The ministry said the measures were illegal", "she said the new parliament was illegitimate": a verdict told as reported
/// speech whose subject is a definite thing no actor names (a measure, a decision, a body the story told before) is still the
/// speaker's judgement. A thing just told is an act: when the story's latest act aimed at the speaker's side is another's, the
/// verdict is aimed at its author ("The EU imposed sanctions on Russia. ... Russia said the measures were illegal": Russia judges the EU).
/// </summary>
internal static class JudgedThings
{
    /// <summary>How many words the judged noun phrase may span before the trigger ("the decision to halt the talks").</summary>
    private const int PhraseReach = 8;

    /// <summary>
    /// Whether the reported clause before the trigger opens with a definite noun phrase ("the", "this", "these", "its") right after
    /// a reporting verb, "that" or an opening quote (round 44: "“The charges are false,” X said"), and names no actor of its own
    /// between there and the trigger.
    /// </summary>
    public static bool Definite(Document document, List<ActorGroup> groups, int clauseStart, int triggerToken)
    {
        if (clauseStart == 0 || triggerToken - clauseStart > PhraseReach || triggerToken - clauseStart < 2)
            return false;
        var start = clauseStart;
        if (document.Slice(document.Tokens[start].Range) is "that")
            start++;
        else if (document.Slice(document.Tokens[clauseStart - 1].Range) is var before && !Speakers.IsReportingVerb(before) && before is not ("that" or "saying" or "“" or "\""))
            return false;
        if (document.Slice(document.Tokens[start].Range) is not ("the" or "this" or "these" or "its" or "their" or "The" or "This" or "These" or "Its" or "Their"))
            return false;
        foreach (var g in groups)
            if (g.FirstToken >= start && g.FirstToken < triggerToken)
                return false;
        // a pronoun or a quote opening inside the phrase starts a clause of its own: "the plan, which they ..."
        for (var t = start + 1; t < triggerToken; t++)
            if (document.Slice(document.Tokens[t].Range) is "," or "which" or "who" or "he" or "she" or "they" or "it" or "we")
                return false;
        return true;
    }

    /// <summary>
    /// "said the pressure from Washington on Greenland was unacceptable", "said the Chilean delegation's visit showed a lack of
    /// respect": the actor a definite judged phrase names as the act's author, as the owner before "'s" or after "from", or null.
    /// An actor after another preposition ("on Greenland", "for the people") is the one the act befell, not its author.
    /// </summary>
    public static ActorGroup? NamedAuthor(Document document, List<ActorGroup> groups, int clauseStart, int triggerToken)
    {
        if (clauseStart == 0 || triggerToken - clauseStart > PhraseReach || !OpensReport(document, clauseStart))
            return null;
        var start = Word(document, clauseStart) is "that" ? clauseStart + 1 : clauseStart;
        if (Word(document, start) is not ("the" or "this" or "these"))
            return null;
        for (var t = start + 1; t < triggerToken; t++)
            if (Word(document, t) is "," or "which" or "who" or "that" or "and")
                return null;
        foreach (var g in groups)
        {
            if (g.FirstToken <= start || g.EndToken > triggerToken)
                continue;
            if (Word(document, g.FirstToken - 1) is "from")
                return g;
            // "the U.S. delegation's visit": the owner over a noun or two of its own
            for (var t = g.EndToken; t < Math.Min(g.EndToken + 3, triggerToken); t++)
                if (Word(document, t) is "'s" or "’s")
                    return g;
                else if (!char.IsLower(Word(document, t)[0]))
                    break;
        }
        return null;
    }

    /// <summary>Nouns of a vote and what it yields: a verdict on them judges the side that held and counted it.</summary>
    internal static readonly FrozenSet<string> VoteNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "vote", "votes", "voting", "election", "elections", "poll", "polls", "count", "counting", "tally", "result", "results", "referendum",
        "ballot", "ballots", "runoff", "run-off", "recount");

    /// <summary>
    /// Round 39: "the opposition said the count had been rigged", "the church said the tally did not reflect the choice of voters":
    /// whether the definite judged phrase (<see cref="Definite"/>) names a vote, its count or its results. Such a verdict is the
    /// speaker's still when no act told before has an author: the side that held the vote is found as an empty target is.
    /// </summary>
    public static bool OnVote(Document document, int clauseStart, int triggerToken)
    {
        for (var t = Word(document, clauseStart) is "that" ? clauseStart + 1 : clauseStart; t < triggerToken; t++)
            if (VoteNouns.Contains(document.Slice(document.Tokens[t].Range).ToString()))
                return true;
        return false;
    }

    /// <summary>Whether the clause start follows a reporting verb, "saying" or "that" (or is "that").</summary>
    private static bool OpensReport(Document document, int clauseStart) =>
        Word(document, clauseStart) is "that" || Word(document, clauseStart - 1) is var before && (Speakers.IsReportingVerb(before) || before is "that" or "saying");

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);

    /// <summary>How many sentences back an act aimed at the speaker may be the thing its verdict retells.</summary>
    private const int ActReach = 8;

    /// <summary>
    /// The source of the latest material act (a sanction, a coercion, an attack: what "the measures" and "the decision" retell) of
    /// the last <see cref="ActReach"/> sentences that was aimed at the speaker's side (its entity or country) by another side; []
    /// when there is none. Words are not counted: a verdict on an accusation is a denial, another event.
    /// </summary>
    public static int[] AuthorOfActOn(Document document, int[] speaker, DiscourseContext context)
    {
        if (speaker.Length == 0)
            return [];
        for (var i = context.Acts.Count - 1; i >= 0; i--)
        {
            var (source, target, plover, sentence) = context.Acts[i];
            if (context.Sentence - sentence > ActReach)
                break;
            if (plover is not ("SANCTION" or "COERCE" or "ASSAULT") || source.Length == 0)
                continue; // "fighters were killed": an act told with no doer has no author to judge
            if (Array.Exists(target, m => SameSide(document, m, speaker)) && !Array.Exists(source, m => SameSide(document, m, speaker)))
                return source;
        }
        return [];
    }

    private static bool SameSide(Document document, int mention, int[] speaker)
    {
        var entity = document.Entities[document.Mentions[mention].Entity];
        foreach (var s in speaker)
        {
            var other = document.Entities[document.Mentions[s].Entity];
            if (document.Mentions[s].Entity == document.Mentions[mention].Entity
                || entity.Actor is { } a && other.Actor is { } b && a.Country == b.Country)
                return true;
        }
        return false;
    }
}
