using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A casualty toll: "dozens of soldiers were killed", "a shepherd was wounded by shrapnel", "the officers killed in the
/// ambush". A casualty participle (killed, wounded, injured) in a passive ("were killed", "had been killed and 1,000
/// wounded") or a reduced passive relative ("soldiers killed in the fighting") whose by-phrase names no actor says who
/// suffered, not who acted: the act, when the text tells it, is coded by its own trigger ("an airstrike", "fired on",
/// "attacked"), and a toll with no doer is no second event. The victim before the participle is no subject either.
/// "were killed by Russian troops" names its agent and stays an attack. A toll keeps its event only when a rule of the
/// story finds its doer ("killed in a firefight with the army"; in a one-country story, the unidentified forces at home).
/// </summary>
internal static class CasualtyTolls
{
    /// <summary>How far after the participle its by-phrase may start ("were wounded overnight by ...").</summary>
    private const int ByReach = 3;

    /// <summary>True when <paramref name="trigger"/> is a casualty participle told as a toll, with no actor as its agent.</summary>
    public static bool Toll(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        if (trigger.Pattern.Plover != "ASSAULT" || trigger.EndToken - trigger.FirstToken != 1 || !IsCasualty(document, trigger.FirstToken))
            return false;
        if (!Passive(document, sentence, trigger) && !ReducedRelative(document, sentence, trigger.FirstToken))
            return false;
        return GroupSearch.After(document, trigger.EndToken, sentence.EndToken, "by", ByReach) is not { } by || ByPhraseAgents.Agent(document, groups, by) is null;
    }

    /// <summary>The source the clause reading found for a toll stands before its participle: it is the victim, not a doer.</summary>
    public static bool VictimAsSource(Document document, TriggerMatch trigger, int[] source) =>
        source.Length > 0 && Array.TrueForAll(source, m => document.Mentions[m].Start < trigger.Range.Start);

    /// <summary>
    /// A toll's source read by a later rule from the words before its participle ("the border guard killed in the ambush" read
    /// for its people) is the victim again; the unidentified forces of the scene or the story are no words of the sentence.
    /// </summary>
    public static bool VictimAsSource(TriggerMatch trigger, List<EventActor> source) =>
        source.TrueForAll(a => a.Range.End <= trigger.Range.Start && a.Code.Sector != "UAF");

    /// <summary>
    /// "nearly all of the drones were shot down", "police stations were attacked": violence told in a passive with no agent says
    /// what was struck, not who struck; when no rule of the story finds the doer, the act is left to a telling that names one
    /// (gold codes no event without a source). A restriction told without its agent ("is not allowed to leave") stays coded:
    /// its type is the news (NewsActsTests).
    /// </summary>
    public static bool AgentlessPassive(Document document, TriggerMatch trigger) =>
        trigger.Pattern.Plover == "ASSAULT" && trigger.Pattern.Kind == TriggerKind.Verb && Undergoers.IsPassive(document, trigger) && !Undergoers.ComesUnder(document, trigger);

    /// <summary>
    /// "five soldiers were killed in the ambush", "21 people had been killed": an agentless passive of violence (as
    /// <see cref="AgentlessPassive"/>) with no "by" in the next four tokens, so the sentence names no doer at all, coded or not
    /// ("were abducted by unidentified men" names one). Gold codes no event for it (eval/README.md, CAMEO s20b), so no story-level
    /// finisher may lend it a source: the story's unidentified forces were wrong 10 times in 11 on the read sets (round 55).
    /// "were killed in a car bombing", "died in the fighting": a passive followed by "in" or "during" and, within four words, a noun
    /// of the attack or the fighting (<see cref="SubjectActDoers.IsAttackNoun"/>, <see cref="FightWords"/>) tells the act that
    /// befell them, whose doer the story may supply; it is not untold. Nor is a toll after a word of violence in its sentence.
    /// </summary>
    public static bool Untold(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (!AgentlessPassive(document, trigger))
            return false;
        // "Police fired water cannon at the crowd, and 30 protesters were injured": the toll of violence told before it in its
        // sentence is that violence (its doer read by the story), not an untold act.
        for (var t = sentence.FirstToken; t < trigger.FirstToken; t++)
            if (ViolenceCodes.IsViolenceWord(document.Slice(document.Tokens[t].Range)))
                return false;
        var end = Math.Min(sentence.EndToken, trigger.EndToken + 4);
        for (var t = trigger.EndToken; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "by")
                return false;
            if (word is "in" or "during")
                for (var n = t + 1; n < Math.Min(sentence.EndToken, t + 5); n++)
                {
                    var noun = document.Slice(document.Tokens[n].Range);
                    if (SubjectActDoers.IsAttackNoun(noun) || FightWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun))
                        return false;
                }
        }
        return true;
    }

    /// <summary>Nouns of fighting between sides that a toll may be told "in" ("killed in the fighting", "died in clashes").</summary>
    private static readonly FrozenSet<string> FightWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "fighting", "clashes", "clash", "crossfire", "battle", "battles", "bombings", "bombardments", "gunfight", "firefight");

    private static bool Passive(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (Undergoers.IsPassive(document, trigger))
            return true;
        // "were killed or wounded", "had been killed and about 1,000 wounded": a participle joined to a passive casualty participle.
        for (var t = trigger.FirstToken - 1; t > sentence.FirstToken && t >= trigger.FirstToken - 4; t--)
        {
            if (!IsCasualty(document, t))
                continue;
            var joined = document.Slice(document.Tokens[t + 1].Range);
            return joined is "or" or "and" or "," && IsPassiveAt(document, sentence, t);
        }
        return false;
    }

    private static bool IsPassiveAt(Document document, Sentence sentence, int participle)
    {
        for (var t = participle - 1; t >= sentence.FirstToken && t >= participle - 3; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (!text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && text is not ("not" or "also" or "reportedly"))
                return false;
        }
        return false;
    }

    /// <summary>
    /// "soldiers killed in the clashes", "a guard killed in the raid": a participle after a noun, with no object
    /// after it but a preposition or the sentence's end, modifies the noun; an active "killed" has its object ("gunmen killed two").
    /// </summary>
    private static bool ReducedRelative(Document document, Sentence sentence, int participle)
    {
        if (participle == sentence.FirstToken)
            return false;
        var before = document.Slice(document.Tokens[participle - 1].Range);
        if (before.Length == 0 || !char.IsLetter(before[^1]) || s_notNouns.Contains(before))
            return false;
        if (participle + 1 >= sentence.EndToken)
            return true;
        var next = document.Slice(document.Tokens[participle + 1].Range);
        // "strikes killed at least ten": "at least" opens the object's count, not a place.
        return s_after.Contains(next) && !(next is "at" && participle + 2 < sentence.EndToken && document.Slice(document.Tokens[participle + 2].Range) is "least" or "most");
    }

    private static bool IsCasualty(Document document, int t) => s_casualties.Contains(document.Slice(document.Tokens[t].Range));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_casualties = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "killed", "wounded", "injured").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after which a participle is a verb's own past ("they killed", "who killed", "had killed"), not a noun's modifier.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "they", "he", "she", "it", "we", "who", "which", "that", "had", "has", "have", "and", "or", "reportedly", "allegedly", "also",
        "then", "later", "once", "nearly", "almost", "but").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What may follow a reduced relative's participle: a preposition, a time word or the clause's end.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_after = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "during", "on", "at", "near", "since", "after", "when", "while", "as", "last", "this", "earlier", "inside",
        "outside", "across", "along", "amid", "overnight", "yesterday", "today", ".", ";", "were", "was", "included", "include").GetAlternateLookup<ReadOnlySpan<char>>();
}
