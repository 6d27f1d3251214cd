using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Where the clause's subject undergoes the act instead of doing it: a passive without its "be" ("troops, backed by
/// Kenya,"), a noun in a by-phrase ("if hit by sanctions") or others' reaction to it ("the arrest drew condemnation").
/// </summary>
internal static class Undergoers
{
    /// <summary>Verbs whose object is others' reaction to the subject: "the arrest drew condemnation", "the vote sparked protests".</summary>
    private static readonly FrozenSet<string> ReactionVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "drew", "draw", "draws", "drawn", "drawing", "sparked", "spark", "sparks", "prompted", "prompts", "triggered", "triggers",
        "provoked", "provokes", "faced", "faces", "face", "facing", "received", "receives", "attracted", "attracts", "met");

    /// <summary>"X's arrest drew international condemnation": the nominal trigger is the object of a reaction verb.</summary>
    public static bool AfterReactionVerb(Document document, int token, int floor)
    {
        for (var t = token - 1; t >= floor && t >= token - 3; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (ReactionVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (!text.EndsWith("al", StringComparison.OrdinalIgnoreCase) && !text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                && text is not ("the" or "a" or "an" or "widespread" or "strong" or "sharp" or "fierce" or "swift" or "harsh" or "much" or "global"))
                return false;
        }
        return false;
    }

    /// <summary>Verbs whose subject bears the act named by their object: "faced arrests", "suffered attacks", "endured raids".</summary>
    private static readonly FrozenSet<string> BearVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "faced", "faces", "face", "facing", "suffered", "suffers", "suffer", "suffering", "endured", "endures", "endure", "enduring",
        "experienced", "experiences", "experience", "experiencing", "underwent", "undergo", "undergoes", "undergone", "weathered");

    /// <summary>Words after which the next noun names what one bears: "are subject to", "were subjected to", "victims of", "targets of".</summary>
    private static readonly FrozenSet<string> BearHeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "subject", "subjected", "victims", "victim", "targets", "target", "object", "objects");

    /// <summary>
    /// "people are subject to attacks, abductions and abuse", "Tibetan monks have faced arrests", "critics suffered beatings
    /// and bans": the nominal act at <paramref name="token"/> (perhaps further down a list of acts) is borne by the clause's
    /// subject, who is its target, not its agent.
    /// </summary>
    public static bool AfterBearVerb(Document document, int token, int floor)
    {
        for (var t = token - 1; t >= floor && t >= token - 8; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (BearVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (text is "to" or "of")
                return t > floor && BearHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range));
            // Only a list of acts and their modifiers may stand between: "faced intimidation, arrests and bans".
            if (text is not ("," or "and" or "or" or "the" or "a" or "an" or "repeated" or "frequent" or "regular" or "constant" or "arbitrary" or "mass" or "violent" or "brutal")
                && !(document.Tokens[t].Is(TokenShape.Word) && !document.Tokens[t].Is(TokenShape.Capitalized) && text.EndsWith('s')))
                return false;
        }
        return false;
    }

    /// <summary>Verbs of fending off: "repulsed an attack", "beat back an offensive", "came under fire", "survived an ambush".</summary>
    private static readonly FrozenSet<string> RepelVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "repulsed", "repulse", "repulses", "repulsing", "repelled", "repel", "repels", "repelling", "thwarted", "thwart", "thwarts", "foiled", "foil", "foils",
        "withstood", "withstand", "withstands", "survived", "survive", "survives", "resisted", "resist", "resists", "off", "back", "under");

    /// <summary>
    /// "troops repulsed an attack by rebels", "fought off a raid", "beat back an offensive", "came under attack from militants":
    /// the nominal act at <paramref name="token"/> is the object of a verb of fending it off, so the clause's subject undergoes it.
    /// </summary>
    public static bool AfterRepelVerb(Document document, int token, int floor)
    {
        for (var t = token - 1; t >= floor && t >= token - 4; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (RepelVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                // "fought off", "beat back", "fended off", "came under": a particle counts only after its verb.
                return text is not ("off" or "back" or "under") || t > floor && document.Slice(document.Tokens[t - 1].Range) is "fought" or "fight" or "fights" or "fighting"
                    or "fended" or "fend" or "fends" or "beat" or "beats" or "beaten" or "beating" or "drove" or "drive" or "driven" or "pushed" or "push"
                    or "came" or "come" or "comes" or "coming";
            if (text is not ("the" or "a" or "an" or "another" or "fresh" or "new" or "major" or "large" or "heavy" or "fierce" or "rebel" or "militant" or "attempted")
                && !text.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return false;
    }

    /// <summary>Participles whose form is not "-ed": "if hit by sanctions", "troops led by".</summary>
    private static readonly FrozenSet<string> IrregularParticiples = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "hit", "struck", "shot", "held", "seen", "beaten", "taken", "caught", "brought", "given", "driven", "thrown", "sought", "won", "led", "fought", "forbidden", "overthrown");

    /// <summary>Words before a participle that make it a passive with its "be" left out: "if hit by sanctions", "once backed by".</summary>
    private static readonly FrozenSet<string> ReducedPassiveCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ",", "if", "when", "once", "unless", "after", "until", "whether");

    /// <summary>
    /// "Somali soldiers, supported by the U.S. military, attacked", "if hit by sanctions", "rebels backed by Rwanda": a
    /// participle with a by-phrase right after an actor, a comma or a conditional is a passive without its "be".
    /// </summary>
    public static bool IsReducedPassive(Document document, Sentence sentence, TriggerMatch trigger, bool actorBefore)
    {
        if (trigger.Pattern.Kind != TriggerKind.Verb || trigger.FirstToken <= sentence.FirstToken || trigger.EndToken >= sentence.EndToken
            || !document.Slice(document.Tokens[trigger.EndToken].Range).Equals("by", StringComparison.OrdinalIgnoreCase))
            return false;
        var word = document.Slice(document.Tokens[trigger.EndToken - 1].Range);
        if (!word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !IrregularParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return false;
        var before = document.Slice(document.Tokens[trigger.FirstToken - 1].Range);
        return ReducedPassiveCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) || actorBefore;
    }

    /// <summary>
    /// "accepted a truce brokered by Qatar", "a deal mediated by Turkey": a participle with a by-phrase right after a common
    /// noun modifies that noun, a passive without its "be" (the caller checks that an actor follows the "by").
    /// </summary>
    public static bool AfterNoun(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Pattern.Kind != TriggerKind.Verb || trigger.FirstToken <= sentence.FirstToken || trigger.EndToken >= sentence.EndToken
            || !document.Slice(document.Tokens[trigger.EndToken].Range).Equals("by", StringComparison.OrdinalIgnoreCase)
            || !document.Slice(document.Tokens[trigger.FirstToken].Range).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            return false;
        var before = document.Tokens[trigger.FirstToken - 1];
        var word = document.Slice(before.Range);
        return before.Is(TokenShape.Word) && !before.Is(TokenShape.Capitalized) && !word.EndsWith("ly", StringComparison.Ordinal)
            && !Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            && word is not ("has" or "have" or "had" or "it" or "they" or "he" or "she" or "we" or "who" or "which" or "that" or "and" or "or" or "not" or "the" or "a" or "an");
    }

    /// <summary>"hit by new sanctions": the nominal trigger at <paramref name="token"/> is the object of "by".</summary>
    public static bool AfterBy(Document document, int token, int floor)
    {
        for (var t = token - 1; t >= floor && t >= token - 3; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text.Equals("by", StringComparison.OrdinalIgnoreCase))
                return true;
            if (!Cues.Adjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) && text is not ("the" or "a" or "an"))
                return false;
        }
        return false;
    }

    /// <summary>"was blacklisted", "have been killed", "reportedly got arrested": a participle right after a form of "be".</summary>
    public static bool IsPassive(Document document, TriggerMatch trigger)
    {
        if (ComesUnder(document, trigger))
            return true;
        // "Tanzania was asked by Burundi to close camps": a frame verb with its agent after "by" is passive like any other verb
        // (without one, "is ready to", "was determined to" are the subject's own stance; a directing frame, "was ordered to",
        // "was asked to", is passive with or without it: DirectedPassives).
        if (trigger.Pattern.Kind is not (TriggerKind.Verb or TriggerKind.Frame) || document.Slice(document.Tokens[trigger.FirstToken].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || trigger.Pattern.Kind == TriggerKind.Frame && !DirectedPassives.Directs(document, trigger)
                && GroupSearch.After(document, trigger.EndToken, Math.Min(document.Tokens.Length, trigger.EndToken + 4), "by", 3) is null)
            return false;
        if (AfterSubordinator(document, trigger))
            return true;
        for (var t = trigger.FirstToken - 1; t >= Math.Max(0, trigger.FirstToken - 3); t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            // "two officers stand accused of the bombing", "he stood charged": a participle after "stand" is a passive state
            if (text is "stand" or "stands" or "stood" or "standing" && document.Slice(document.Tokens[trigger.FirstToken].Range).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                return true;
            // "was almost shot dead", "were even arrested": any adverb the tagger reads between the auxiliary and the participle (round 55)
            if (!text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && text is not ("not" or "also" or "since" or "already" or "just" or "never" or "later" or "again" or "then")
                && !(PosTags.IsAdverb(document.TagAt(t)) && document.Tokens[t].Is(TokenShape.Word)))
                return false;
        }
        return false;
    }

    /// <summary>Subordinators after which a bare participle is a clause's passive with its subject and "be" left out: "if convicted", "when attacked".</summary>
    private static readonly FrozenSet<string> ConditionalCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "if", "when", "unless", "until", "whether", "though", "although", "whenever", "lest");

    /// <summary>
    /// "he could face life in prison if convicted", "rebels cross the border when attacked by troops", "declined to comment when
    /// asked": a participle right after a subordinator has no subject of its own, so the main clause's subject undergoes it and
    /// only a by-phrase names who does it (round 63). "once" is left out: "who once backed the rebels" is an adverb before a verb.
    /// </summary>
    public static bool AfterSubordinator(Document document, TriggerMatch trigger)
    {
        if (trigger.FirstToken == 0 || trigger.Pattern.Kind != TriggerKind.Verb
            || !ConditionalCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[trigger.FirstToken - 1].Range)))
            return false;
        var word = document.Slice(document.Tokens[trigger.FirstToken].Range);
        return word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>"The convoy came under attack", "Kharkiv comes under Russian shelling": what comes under an attack undergoes it, like a passive's subject.</summary>
    public static bool ComesUnder(Document document, TriggerMatch trigger) =>
        trigger.EndToken - trigger.FirstToken > 2 && document.Slice(document.Tokens[trigger.FirstToken].Range) is "come" or "comes" or "came" or "coming"
        && document.Slice(document.Tokens[trigger.FirstToken + 1].Range) is "under";

    /// <summary>
    /// The attacker of what "came under" an attack: named inside the attack's words ("came under heavy Russian shelling") or
    /// after "from" ("came under rocket fire from Syria"); null when neither names one.
    /// </summary>
    public static ActorGroup? ComesUnderFrom(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        if (!ComesUnder(document, trigger))
            return null;
        if (GroupSearch.GroupStartingNear(groups, trigger.FirstToken + 2, trigger.EndToken - trigger.FirstToken - 2) is { } inside && inside.EndToken <= trigger.EndToken)
            return inside;
        return trigger.EndToken < sentence.EndToken && document.Slice(document.Tokens[trigger.EndToken].Range) is "from"
            ? GroupSearch.GroupStartingNear(groups, trigger.EndToken + 1, 1) : null;
    }

    /// <summary>
    /// "was assassinated at his home in the capital on Wednesday by a group of mercenaries": a passive's by-phrase may stand after
    /// adjuncts of place and time; the agent after it, when every word between the trigger and "by" belongs to such adjuncts (no
    /// verb, participle, clause word or punctuation), within <see cref="AdjunctReach"/> words; null otherwise.
    /// </summary>
    public static ActorGroup? AgentAfterAdjuncts(Document document, int triggerEnd, int clauseEnd, List<ActorGroup> groups)
    {
        if (triggerEnd >= clauseEnd || !AdjunctOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[triggerEnd].Range)))
            return null;
        for (var t = triggerEnd + 1; t + 1 < clauseEnd && t <= triggerEnd + AdjunctReach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "by")
                return document.Slice(document.Tokens[t + 1].Range).EndsWith("ing", StringComparison.Ordinal) ? null
                    : ByPhraseAgents.Agent(document, groups, t);
            // "in a town held by rebels", "after talks ended": a participle, a verb or a new clause owns any later "by"
            if (document.Tokens[t].Is(TokenShape.Punctuation) && word is not ("-" or "'s" or "’s") || ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) && !TimeNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)))
                return null;
        }
        return null;
    }

    /// <summary>How far past the passive its by-phrase may stand behind adjuncts.</summary>
    private const int AdjunctReach = 14;

    /// <summary>Prepositions that open an adjunct of place or time right after a passive.</summary>
    private static readonly FrozenSet<string> AdjunctOpeners = FrozenSet.Create(StringComparer.Ordinal,
        "in", "at", "on", "near", "outside", "inside", "along", "across", "last", "early", "late");

    /// <summary>Words that open a clause or a coordinated act, after which a "by" is no longer the passive's.</summary>
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "but", "or", "after", "before", "when", "while", "as", "that", "which", "who", "whom", "where", "because", "since", "following",
        "held", "led", "run", "made", "set", "hit", "struck", "built", "won", "paid", "sent", "said", "says", "is", "was", "were", "are", "been", "has", "had", "have");

    /// <summary>Time nouns that end in "-ing" ("morning", "evening") and stand in an adjunct.</summary>
    private static readonly FrozenSet<string> TimeNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "morning", "evening", "building", "ceiling");

    /// <summary>
    /// "were killed in a clash with Chinese troops", "was wounded during fighting with rebels": a passive's violence that befell its
    /// subject in an encounter names its doer as the other party of the encounter, after "with"; null when the passive is
    /// followed by no such phrase within a few words.
    /// </summary>
    public static ActorGroup? EncounterAgent(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var t = trigger.EndToken;
        if (t >= sentence.EndToken || document.Slice(document.Tokens[t].Range) is not ("in" or "during"))
            return null;
        var encounter = false;
        for (t++; t < sentence.EndToken && t <= trigger.EndToken + EncounterReach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "with")
                return encounter ? GroupSearch.GroupStartingNear(groups, t + 1, Targets.PrepositionWindow) : null;
            if (document.Tokens[t].Is(TokenShape.Punctuation) && word is not "-")
                return null;
            encounter |= EncounterNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        }
        return null;
    }

    /// <summary>How many words after the passive the encounter's "with" may stand ("in a brief exchange of fire with").</summary>
    private const int EncounterReach = 7;

    /// <summary>Nouns of an armed encounter between two parties.</summary>
    private static readonly FrozenSet<string> EncounterNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "clash", "clashes", "fighting", "fight", "battle", "battles", "firefight", "gunfight", "skirmish", "skirmishes", "fire", "confrontation",
        "shootout", "combat", "engagement");

    /// <summary>
    /// The one who planted, fired or threw the device that did a passive's violence, told in the clause after it
    /// ("were killed when a bomb planted by Kurdish guerrillas exploded"); null when none is.
    /// </summary>
    public static ActorGroup? WeaponAgent(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var end = Math.Min(sentence.EndToken, trigger.EndToken + 8);
        if (trigger.EndToken >= end || document.Slice(document.Tokens[trigger.EndToken].Range) is not ("when" or "after" or "as" or "by"))
            return null;
        for (var t = trigger.EndToken + 1; t + 2 < end; t++)
            if (WeaponAgents.UserAt(document, t, end, groups) is { } user)
                return user;
        return null;
    }

    /// <summary>
    /// "was shot by a gunman ..., and police suspect Maoist rebels", "killed by a bomb in an attack blamed on the ETA": an
    /// attacker told only by a bare word (or not at all) yields to the group the same sentence later blames, suspects or names as claiming it ("in an ambush claimed by Hamas").
    /// </summary>
    public static ActorGroup? SuspectedAgent(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, ActorGroup? byGroup)
    {
        if (byGroup is { } named && !Anonymous(document.Slice(document.Tokens[named.EndToken - 1].Range)))
            return byGroup;
        for (var t = trigger.EndToken; t + 1 < sentence.EndToken; t++)
        {
            // "in an ambush claimed by Hamas", "..., and the Taliban claimed responsibility": who claims an attack did it.
            if (document.Slice(document.Tokens[t].Range) is "claimed" or "claims")
            {
                if (document.Slice(document.Tokens[t + 1].Range) is "by" && GroupSearch.GroupOrWhole(document, groups, t + 2, Targets.PrepositionWindow) is { } claimant)
                    return claimant;
                if (document.Slice(document.Tokens[t + 1].Range) is "responsibility" or "credit" && GroupSearch.GroupEndingNear(groups, t, 0) is { } claiming
                    && claiming.FirstToken > trigger.EndToken)
                    return claiming;
                continue;
            }
            if (document.Slice(document.Tokens[t].Range) is not ("blamed" or "suspect" or "suspected" or "suspects" or "attributed" or "blame" or "blames"))
                continue;
            var at = document.Slice(document.Tokens[t + 1].Range) is "on" or "to" ? t + 2 : t + 1;
            if (GroupSearch.GroupStartingNear(groups, at, 2) is { } blamed && !GroupSearch.PrepositionBetween(document, at, blamed.FirstToken))
                return blamed;
        }
        return byGroup;
    }

    private static bool Anonymous(ReadOnlySpan<char> head) =>
        head is "bomber" or "bombers" or "gunman" or "gunmen" or "attacker" or "attackers" or "assailant" or "assailants" or "assassin" or "assassins" or "militant" or "militants" or "men";
}
