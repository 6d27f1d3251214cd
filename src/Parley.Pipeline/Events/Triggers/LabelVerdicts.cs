using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The minister called the blockade a lawless and dangerous act", "described the pace of the vote as deeply worrying",
/// "calling him a bad neighbour": the wide label rows <c>accuse.label-verdict*</c> of conflict.tsv reach a word of
/// condemnation up to ten words after a naming verb. TriggerFinder accepts them only where the words between are the verb's
/// object and what it is called: not a call for, on or off something ("called on Lima to end the illegal fishing"), not a
/// call of an event ("called a meeting over the scandal"), not through "to" or a relative ("called a vote to end the
/// reckless ...", "called the talks, which were dangerous ..."), and with no negation ("called the decision not unreasonable")
/// or praise ("called the deal a welcome blow to smugglers") in the phrase. They are a fallback: TriggerFinder takes one only
/// where no other row starting on the verb matched ("called the expulsions retaliation for ..." stays the narrower row's).
/// </summary>
internal static class LabelVerdicts
{
    /// <summary>The id prefix of the rows this guard must accept.</summary>
    public const string RowPrefix = "accuse.label-verdict";

    /// <summary>The id prefix of the describing row, whose phrase must hold "as": "described the vote as deeply worrying".</summary>
    private const string AsRowPrefix = "accuse.label-verdict-as";

    /// <summary>The id prefix of the dismissing row (round 64): "dismissed the decision as a hypocritical gesture".</summary>
    private const string DismissRowPrefix = "accuse.label-verdict-as-dismiss";

    /// <summary>Words right after "call" that make it a call for, on, off or of something.</summary>
    private static readonly FrozenSet<string> s_particles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "for", "on", "off", "up", "out", "in", "back", "upon", "a", "an", "to", "into", "elections", "election", "snap");

    /// <summary>Words that, between the verb and the word of condemnation, take the phrase out of what the object is called.</summary>
    private static readonly FrozenSet<string> s_breaks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "not", "no", "never", "n't", "hardly", "neither", "nor", "nothing", "without", "to", "that", "which", "who", "whose",
        "while", "but", "after", "before", "because", "since", "if", "when", "amid", "despite", "against", "fight", "combat",
        "curb", "end", "stop", "tackle", "prevent", "counter", "victim", "victims");

    /// <summary>
    /// Praising words (the shared positive lists) that make the phrase no verdict. Round 65: the positive nouns that are also
    /// neutral deed nouns (step, move, decision, gesture) are left out: they name what is judged, not praise of it
    /// ("described the step as a grave setback", "called the move a betrayal").
    /// </summary>
    private static readonly FrozenSet<string> s_praise = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [.. WordLists.Default["positive-adjective"],
         .. WordLists.Default["positive-noun"].Except(WordLists.Default["deed-noun"], StringComparer.OrdinalIgnoreCase)]);

    /// <summary>
    /// Round 65: nouns of a claim, idea or report (<c>claim-noun</c>). What the dismissing row dismisses as one ("dismissed the
    /// theory as ...", "dismissed as a conspiracy theory") is a denial or a rejection of words, no verdict on a deed.
    /// </summary>
    private static readonly FrozenSet<string> s_claims = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, WordLists.Default[ClaimNouns]);

    /// <summary>
    /// Round 65: what one is offered to accept or refuse (<c>proposal-noun</c>): "dismissed the offer as a provocation", "dismissed
    /// the outcome as a sham" refuse it (the bare rejection's 120), as gold codes them.
    /// </summary>
    private static readonly FrozenSet<string> s_proposals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, WordLists.Default[ProposalNouns]);

    private const string ClaimNouns = "claim-noun", ProposalNouns = "proposal-noun";

    /// <summary>The shared word lists only this code reads, no pattern row (their guards refuse a label; no row names them).</summary>
    internal static readonly string[] ListsReadByCode = [ClaimNouns, ProposalNouns];

    /// <summary>How many words the namer may take between "what" and the verb: "what the Kremlin's spokesman called".</summary>
    private const int FreeRelativeReach = 5;

    public static bool Guards(EventPattern pattern) => pattern.Id.StartsWith(RowPrefix, StringComparison.Ordinal);

    /// <summary>Whether the words from the naming verb at <paramref name="verb"/> to the condemning word before <paramref name="end"/> name what the object is.</summary>
    public static bool Accepts(Document document, EventPattern pattern, int verb, int end, int sentenceStart)
    {
        // "to protest what it called aggressive acts", "strikes on what it called terrorist camps": a free relative is the
        // accusation rows' (NamedWrongs) or, under a governing act, that act's
        for (var t = verb - 1; t >= sentenceStart && t >= verb - 1 - FreeRelativeReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text.Equals("what", StringComparison.OrdinalIgnoreCase))
                return false;
            if (document.Tokens[t].Is(TokenShape.Punctuation) && text is not ("'s" or "’s" or "'" or "’" or "-"))
                break;
        }
        if (verb + 1 >= end || s_particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[verb + 1].Range)))
            return false;
        var asNeeded = pattern.Id.StartsWith(AsRowPrefix, StringComparison.Ordinal); // "described the raid as ..."
        var dismissal = pattern.Id.StartsWith(DismissRowPrefix, StringComparison.Ordinal);
        for (var t = verb + 1; t < end - 1; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (asNeeded && text is "as")
                asNeeded = false;
            if (s_breaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || s_praise.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text)
                || dismissal && (s_claims.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || s_proposals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text)))
                return false;
        }
        // "dismissed the report as a conspiracy theory": the claim noun may also be the head after the condemning word
        if (dismissal)
            for (var t = end; t < end + 2 && t < document.Tokens.Length; t++)
            {
                if (!document.Tokens[t].Is(TokenShape.Word))
                    break;
                if (s_claims.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                    return false;
            }
        return !asNeeded;
    }

    /// <summary>
    /// Round 64: "dismissed the decision as a hypocritical gesture", "dismissed as an election gimmick": dismissing something
    /// "as" a wrong labels it (111), so the dismissing label row is read over the bare one-word rejection (120) that would
    /// otherwise take the verb. A longer row on the verb keeps it: "dismissed the accusations as baseless" stays a denial (016).
    /// </summary>
    public static bool Overrides(TriggerMatch label, TriggerMatch? best) =>
        label.Pattern.Id.StartsWith(DismissRowPrefix, StringComparison.Ordinal)
        && best is { } b && b.EndToken - b.FirstToken == 1 && b.Pattern.Cameo == "120";

    /// <summary>
    /// "accused the rebels of the killings, calling them a genocide": a label verdict by a speaker who already disapproves
    /// (CAMEO 11x) in the sentence is that disapproval told again, not a second event; it is set aside as a duplicate. So is a
    /// said-clause verdict (<see cref="SaidVerdicts"/>): "condemned the raid and said the strikes were a shameful act".
    /// </summary>
    public static void DropSecondVerdict(List<CodedEvent> events, int first, List<UncodedTrigger> uncoded)
    {
        for (var k = events.Count - 1; k >= first; k--)
        {
            var label = events[k];
            // round 58: a said-clause verdict (SaidVerdicts) told beside another disapproval of its speaker is that one told again
            if (!label.Rule.StartsWith(RowPrefix, StringComparison.Ordinal) && !label.Rule.StartsWith(SaidVerdicts.RuleId, StringComparison.Ordinal))
                continue;
            for (var m = first; m < events.Count; m++)
                if (m != k && events[m].Cameo.StartsWith("11", StringComparison.Ordinal) && SetAside.SameCodes(events[m].Source, label.Source))
                {
                    SetAside.One(uncoded, label, UncodedReasons.Duplicate);
                    events.RemoveAt(k);
                    break;
                }
        }
    }
}
