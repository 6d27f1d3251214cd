using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Washington must understand that ...", "the commission should continue to exercise prudence", "the president must be a
/// citizen", "our allies need to take a longer view": a bare "must", "should" or "need to" over a verb of attitude, conduct or
/// being is advice or opinion, not a demand. CAMEO's demands (10x) ask a side to do or stop a concrete act: release, withdraw,
/// halt, lift, pay, respect, negotiate. So a bare modal is read as a demand only when the verb after it names such an act.
/// </summary>
internal static class ModalOpinions
{
    /// <summary>How many adverbs may stand between the modal and its verb ("must now also immediately stop").</summary>
    private const int AdverbReach = 3;

    /// <summary>Whether the bare modal frame <paramref name="modal"/> governs a verb that asks for no concrete act.</summary>
    public static bool Opinion(Document document, TriggerMatch modal, Sentence sentence)
    {
        if (!s_modals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[modal.FirstToken].Range)))
            return false;
        var adverbs = 0;
        for (var t = modal.EndToken; t < sentence.EndToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "to")
                continue; // "need to", "needs to" when the pattern ended before it
            if (word is "not" or "never" or "n't" or "no")
                return Being(document, t + 1, sentence.EndToken); // "must not attack", "should never arm": a demand to refrain; "must not become a forgotten war" is none
            if (s_adverbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && ++adverbs <= AdverbReach)
                continue;
            if (word is "do" or "take" && t + 1 < sentence.EndToken)
                return !Steps(document, t + 1, sentence.EndToken); // "must do more", "should take concrete steps": asked to act; "take a long view" is not
            if (word is "be" && t + 1 < sentence.EndToken)
                return !Undergone(document.Slice(document.Tokens[t + 1].Range)) || s_judged.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t + 1].Range));
                // "must be released", "should be lifted": a demand in the passive; "should be decided by Syrians", "must be seen as": a judgement asked, no act
            return !document.Tokens[t].Is(TokenShape.Word) || !s_acts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        }
        return true;
    }

    /// <summary>
    /// "must not become a forgotten war", "should never be a pawn": a refusal of a state of being (become, or "be" before no
    /// participle) asks no side to refrain from an act.
    /// </summary>
    private static bool Being(Document document, int from, int end)
    {
        if (from >= end)
            return false;
        var word = document.Slice(document.Tokens[from].Range);
        if (word is "become" or "remain")
            return true;
        return word is "be" && from + 1 < end && !Undergone(document.Slice(document.Tokens[from + 1].Range));
    }

    /// <summary>Verbs of judgement and choice: their passive ("should be decided by", "must be seen as") asks for a view, not an act.</summary>
    private static readonly FrozenSet<string> s_judged = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "decided", "determined", "seen", "viewed", "judged", "considered", "regarded", "understood", "remembered", "heard");

    /// <summary>"more", "action", "concrete steps", "all necessary measures": what "do" or "take" asks is action itself.</summary>
    private static bool Steps(Document document, int from, int end)
    {
        for (var t = from; t < end && t < from + AdverbReach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "more" or "action" or "actions" or "steps" or "measures")
                return true;
            if (word is not ("a" or "an" or "all" or "any" or "the" or "concrete" or "immediate" or "urgent" or "necessary" or "decisive" or "further" or "real"))
                return false;
        }
        return false;
    }

    /// <summary>"released", "held", "drafted", "brought": a participle after "be" names an act done to someone ("must be Muslim" does not).</summary>
    private static bool Undergone(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal) || Inflections.IsIrregularPast(word);

    private static readonly FrozenSet<string> s_modals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "must", "should", "need", "needs");

    private static readonly FrozenSet<string> s_adverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "also", "now", "immediately", "urgently", "first", "finally", "still", "instead", "rather", "quickly", "swiftly", "at", "once",
        "therefore", "then", "simply", "really", "all", "both", "fully", "unconditionally", "completely", "genuinely", "seriously", ",");

    /// <summary>
    /// Verbs of the acts CAMEO's demands ask for (from the codebook's 10x kinds: policy change, aid, rights, release, withdrawal,
    /// ceasefire, easing of sanctions, talks, settlement) and of the refusals and pressures they answer.
    /// </summary>
    private static readonly FrozenSet<string> s_acts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "stop", "end", "halt", "cease", "quit", "release", "free", "withdraw", "leave", "pull", "return", "hand", "extradite", "surrender",
        "lift", "ease", "loosen", "allow", "respect", "comply", "abide", "honor", "honour", "pay", "compensate", "apologize", "apologise",
        "resign", "step", "abandon", "drop", "reverse", "revoke", "repeal", "cancel", "scrap", "close", "reopen", "open", "disarm",
        "dismantle", "negotiate", "talk", "meet", "accept", "recognize", "recognise", "punish", "prosecute", "investigate", "protect",
        "implement", "enforce", "change", "give", "grant", "restore", "refrain", "remove", "expel", "retract", "renounce", "denounce",
        "condemn", "hold", "provide", "send", "deliver", "supply", "fund", "help", "intervene", "cooperate", "engage", "agree", "sign",
        "ratify", "arrest", "detain", "ban", "sanction", "impose", "confront", "deter", "defend", "ensure", "guarantee", "prevent", "secure",
        "safeguard", "allocate", "reach", "settle", "locate", "remain");
}
