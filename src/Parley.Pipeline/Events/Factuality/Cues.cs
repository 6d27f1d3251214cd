using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>Word lists the event coder reads: clause boundaries, prepositions, auxiliaries and factuality cues.</summary>
internal static class Cues
{
    /// <summary>Whether the text starts with a possessive "'s" (straight or curly apostrophe): "China's", "Beijing’s".</summary>
    public static bool StartsPossessive(ReadOnlySpan<char> text) =>
        text.StartsWith("'s", StringComparison.Ordinal) || text.StartsWith("’s", StringComparison.Ordinal);

    /// <summary>
    /// "expressed concern", "voiced alarm": a trigger that ends in a word of concern; with <paramref name="concerned"/>, "is
    /// deeply concerned" too. Concern at no one is a comment (012), and it is aimed at no story's country by default.
    /// </summary>
    public static bool VoicesConcern(Document document, TriggerMatch trigger, bool concerned) =>
        document.Slice(document.Tokens[trigger.EndToken - 1].Range) is "concern" or "concerns" or "alarm"
        || concerned && document.Slice(document.Tokens[trigger.EndToken - 1].Range) is "concerned";

    private static FrozenSet<string> Set(params string[] words) => FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words);

    /// <summary>Words that start a new clause: the subject of a trigger after them is found after them.</summary>
    public static readonly FrozenSet<string> ClauseStart = Set([";", ":", "but", "while", "whereas", "although", "though", "because",
        "after", "before", "when", "as", "that", "which", "who", "whom", "whose", .. ReportingVerbs.Saying, "—", "–"]);

    public static readonly FrozenSet<string> Prepositions = Set("of", "in", "at", "with", "to", "from", "for", "by", "on", "against",
        "over", "between", "about", "into", "among", "toward", "towards", "under", "during", "after", "before", "than", "like", "amid");

    public static readonly FrozenSet<string> BeAuxiliary = Set("was", "were", "been", "being", "is", "are", "be", "got", "get", "gets");

    public static readonly FrozenSet<string> PluralAnaphora = Set("their", "they", "them", "both");

    public static readonly FrozenSet<string> Negation = Set("not", "n't", "never", "no", "refused", "declined", "failed", "unable", "cannot", "won't", "didn't", "doesn't", "don't", "hasn't", "haven't", "wasn't", "weren't", "nor", "neither",
        "seldom", "rarely", "hardly", "scarcely",
        // news copy often sets the apostrophe curly: "can’t afford to defend", "won’t attend"
        "n’t", "can’t", "won’t", "didn’t", "doesn’t", "don’t", "hasn’t", "haven’t", "wasn’t", "weren’t", "isn’t", "aren’t", "couldn’t", "wouldn’t", "shouldn’t");

    public static readonly FrozenSet<string> Hypothetical = Set("may", "might", "could", "would", "should", "if", "unless", "whether",
        "likely", "unlikely", "possibly", "potentially", "perhaps", "probably", "possible", "uncertain", "consider", "considering",
        "considers", "mulling", "mulls", "hopes", "hope", "hoping", "wants", "want", "ready", "willing", "seek", "seeks", "seeking", "proposed", "proposes", "threatened", "threatens",
        "believe", "believes", "can", "inclined", "supposed");

    /// <summary>Warning verbs that, bare after a quote, only attribute it: "“...,” warned the analyst".</summary>
    public static readonly FrozenSet<string> QuoteWarnings = Set("warned", "warns", "warn", "warning", "cautioned", "cautions");

    /// <summary>Modals that state an intent when a will-statement is read as a promise or threat: "we will retaliate".</summary>
    public static readonly FrozenSet<string> IntentModals = Set("will", "would", "'ll", "shall", "wo");

    public static readonly FrozenSet<string> Future = Set("will", "'ll", "shall", "scheduled", "expected", "plans", "planned", "plan",
        "planning", "due", "upcoming", "intends", "intend", "intended", "aims", "aim", "aimed", "designed", "preparing", "prepares", "going", "forthcoming", "next", "expects", "expect", "expecting");

    /// <summary>Words of need or worth before "to": "deterrence was necessary to resist", "it is time to end": an act called for, not done.</summary>
    public static readonly FrozenSet<string> Needed = Set("necessary", "essential", "crucial", "vital", "needed", "need", "needs", "important", "imperative", "urgent", "time");

    /// <summary>Verbs of a threatened consequence: "or face sanctions", "faced strikes unless it withdrew", "risks expulsion if".</summary>
    public static readonly FrozenSet<string> Facing = Set("face", "faces", "faced", "facing", "risk", "risks", "risked", "risking");

    /// <summary>Predicates that hedge the noun before them: "breakthroughs remain uncertain", "shifts are unlikely".</summary>
    public static readonly FrozenSet<string> HedgesAfter = Set("uncertain", "unlikely", "unclear", "doubtful", "doubt", "speculative",
        "possible", "hypothetical", "elusive", "improbable", "remote", "seen");

    /// <summary>Words of an introducing clause that leave what follows open: "little reason to think that ...", "doubt that ...".</summary>
    public static readonly FrozenSet<string> HedgesBefore = Set("doubt", "doubts", "doubted", "doubtful", "unlikely", "uncertain", "unclear",
        "unsure", "little", "speculate", "speculated", "speculation", "rumors", "rumours", "rumored", "rumoured", "whether", "hypothetically",
        "believe", "believes", "suspect", "suspects", "fear", "fears", "feared",
        // "could be calculating that ...", "is betting that ...": what an actor is guessed to reckon is no statement of it
        "calculating", "calculates", "calculated", "betting", "gambling", "reckoning", "reckons", "assuming", "assumes");

    /// <summary>Causes of death that are nobody's act: "the storm killed 20 people", "were killed in a car crash".</summary>
    public static readonly FrozenSet<string> NaturalCauses = Set("storm", "storms", "typhoon", "hurricane", "cyclone", "earthquake", "quake",
        "flood", "floods", "flooding", "landslide", "landslides", "avalanche", "tsunami", "fire", "fires", "wildfire", "wildfires", "blaze", "blazes", "bushfire", "bushfires", "flames",
        "heat", "heatwave", "drought", "famine", "disease", "outbreak", "virus", "epidemic", "pandemic", "cholera", "crash", "crashes",
        "accident", "accidents", "collision", "derailment", "stampede", "lightning", "tornado", "eruption", "capsized", "sank", "collapse");

    /// <summary>Verbs that enlist someone for an act: "hired a gunman to kill", "paid smugglers to move": the act is the plan.</summary>
    public static readonly FrozenSet<string> Enlisting = Set("hire", "hires", "hired", "hiring", "recruit", "recruits", "recruited", "recruiting",
        "pay", "pays", "paid", "paying", "enlist", "enlists", "enlisted", "enlisting", "commission", "commissioned", "contracted", "bribed", "bribe");

    /// <summary>Present forms of verbs that grant a power: "the law allows the state to seize", "authorizes states to inspect".</summary>
    public static readonly FrozenSet<string> Enabling = Set("allow", "allows", "enable", "enables", "permit", "permits", "authorize", "authorizes",
        "authorise", "authorises", "empower", "empowers", "entitles");

    /// <summary>Verbs of expecting another's act: "expects Russia to attack", "predicted Beijing would retaliate" (before "to" only).</summary>
    public static readonly FrozenSet<string> Forecasting = Set("expect", "expects", "expected", "expecting", "predict", "predicts", "predicted",
        "predicting", "anticipate", "anticipates", "anticipated", "anticipating", "forecast", "forecasts");

    /// <summary>Modals of possibility after a nominal act: "sanctions can snap back", "talks may resume".</summary>
    public static readonly FrozenSet<string> PossibilityModals = Set("can", "could", "may", "might", "would");

    /// <summary>
    /// The modals of a clause that leave its act open: the modals of possibility and "should". The learned confidence reads
    /// them before the trigger (<see cref="ClauseEvidence"/>, <c>cue=modal</c>); the month "May" is not one.
    /// </summary>
    public static readonly FrozenSet<string> Modals = Set([.. PossibilityModals, "should"]);

    /// <summary>Storms that are given names: a story that speaks of them may name one bare ("struck by Chido").</summary>
    public static readonly FrozenSet<string> Storms = Set("cyclone", "cyclones", "storm", "storms", "typhoon", "typhoons", "hurricane", "hurricanes",
        "tropical", "Cyclone", "Storm", "Typhoon", "Hurricane");

    /// <summary>
    /// Nouns whose "in" phrase is a subject of talk, not where the act happens: "discussed the war in Ukraine",
    /// "raised the situation in Gaza".
    /// </summary>
    public static readonly FrozenSet<string> TopicNouns = Set("war", "wars", "conflict", "conflicts", "crisis", "crises", "situation",
        "fighting", "violence", "tensions", "unrest", "developments", "events", "elections", "election", "peace", "security",
        "stability", "instability", "humanitarian", "insurgency", "standoff", "dispute", "disputes", "turmoil", "bloodshed");

    /// <summary>Adjectives that may stand between an actor and a nominal trigger: "US military strikes", "Beijing's new sanctions".</summary>
    public static readonly FrozenSet<string> Adjectives = Set("new", "fresh", "latest", "further", "additional", "military", "economic",
        "diplomatic", "bilateral", "joint", "official", "first", "second", "third", "recent", "planned", "proposed", "sweeping", "tough",
        "harsh", "broad", "targeted", "retaliatory", "trade", "financial", "naval", "air", "missile", "drone", "humanitarian", "formal", "direct");

    /// <summary>
    /// Nouns whose "of" phrase names the actor: "a group of diplomats", "thousands of Kurds", "the government of X"; "an alliance
    /// of armed groups in the north" acts as those groups.
    /// </summary>
    public static readonly FrozenSet<string> Collectives = Set("group", "groups", "members", "member", "thousands", "hundreds", "dozens",
        "alliance", "coalition", "network", "federation", "bloc",
        "scores", "millions", "tens", "number", "delegation", "team", "supporters", "leaders", "officials", "representatives", "units", "band", "crowd", "crowds",
        "government", "regime", "administration", "cabinet", "army", "forces", "military", "police", "troops", "leadership", "ministry");

    /// <summary>Lexical words allowed between two coordinated actors besides names: "Lammy and Indian Foreign Minister S. Jaishankar".</summary>
    public static readonly FrozenSet<string> Coordinators = Set("and", ",", "&", "as", "well", "plus", "his", "her", "their", "its", "the", "counterpart", "counterparts");
}
