namespace Parley.Core;

/// <summary>PLOVER's auxiliary modes for whether an event happened.</summary>
public enum Factuality : byte { Asserted, Negated, Future, Hypothetical }

/// <summary>How an event's time was found.</summary>
public enum TimeBasis : byte
{
    /// <summary>A time expression governs the event's clause or sentence.</summary>
    Explicit,
    /// <summary>Taken from the narrative time of the document (an earlier sentence).</summary>
    Inherited,
    /// <summary>Nothing better than the publication time.</summary>
    Published,
    /// <summary>
    /// A state or act told in the present, the present perfect or as a habit, with no date ("opposes", "has designated",
    /// "routinely denies"): it holds at the publication time (the value), which is not when it began. Also an earlier act
    /// with no date ("recently met", "the recent skirmish", "since the coup"): the value is PAST_REF.
    /// </summary>
    Standing,
}

/// <summary>
/// When an event happened, how precisely, how that was found, the text it came from (if any) and the rule that decided it.
/// <see cref="Rule"/> is an id of the event-time rule, <c>time.FAMILY.NAME.v1</c> (docs/evaluation-time.md lists them),
/// followed by <c>+</c> and the rule of the time expression it read when there is one: "met on Tuesday" gives
/// <c>time.explicit.clause.v1+time.weekday.relative</c>, an undated event on a story's publication day
/// <c>time.published.default.v1</c>. The rule is provenance, not part of the time: two times equal in value, precision,
/// basis and evidence are equal whatever rule found them (so events compare, merge and sort as they did before rules were kept).
/// </summary>
public readonly record struct EventTime(string Value, TimePrecision Precision, TimeBasis Basis, TextRange? Evidence, string Rule = "")
{
    public bool Equals(EventTime other) =>
        Value == other.Value && Precision == other.Precision && Basis == other.Basis && Evidence == other.Evidence;

    public override int GetHashCode() => HashCode.Combine(Value, Precision, Basis, Evidence);
}

/// <summary>
/// What an event's actor stands for. A <see cref="Party"/> is a participant the text names or describes ("Kenyan police",
/// "Wang Yi", "Washington" for its government, "protesters"). A <see cref="Place"/> is a side read from where the act
/// happened, landed or was aimed, when the text names no one there: "troops shelled villages in Kordofan" codes the target
/// SDN from the place, and the actor's range is the place's words. Gold coders code such a side too, so the coder keeps it;
/// the role tells a reader that it is a scene, not a state acted on or acting.
/// </summary>
public enum ActorRole : byte { Party, Place }

/// <summary>One side of an event, resolved at the event's time; <see cref="Role"/> says whether a participant or a place fills it.</summary>
public sealed record EventActor(
    TextRange Range,
    int Entity,
    string Name,
    ActorCode Code,
    string? KbId,
    ActorRole Role = ActorRole.Party);

/// <summary>
/// A coded event: who did what to whom, when, where, how sure, and from which words. <see cref="Background"/> marks an
/// event whose own time ends long before the story was published (<see cref="BackgroundTime"/>): history the story recalls,
/// such as "in 2019 the EU imposed sanctions" in a story of 2025. <see cref="Folded"/> counts the later triggers of the story
/// that coded this very event again (same type, code, factuality, time and sides) and were folded into it as duplicates:
/// a meeting named in the lead and again in the fourth sentence is one event with <c>Folded</c> 1. It is evidence for the
/// learned confidence (an act the story tells more than once), not part of the output.
/// </summary>
public sealed record CodedEvent(
    string Plover,
    string? Mode,
    string Cameo,
    double Goldstein,
    int Quad,
    Factuality Factuality,
    IReadOnlyList<EventActor> Source,
    IReadOnlyList<EventActor> Target,
    EventTime Time,
    Gazetted? Place,
    TextRange Trigger,
    TextRange Sentence,
    double Confidence,
    string Rule,
    bool Background = false,
    int Folded = 0);

/// <summary>
/// A pattern trigger the coder read but coded no event from, and why: what lets an analyst ask "why was this sentence not
/// coded?" and a developer tell a gap in the patterns from a dropped actor. <see cref="Reason"/> is one of <see cref="UncodedReasons"/>.
/// </summary>
public sealed record UncodedTrigger(TextRange Trigger, string Rule, string Reason);

/// <summary>Why a trigger coded no event; the words are stable (they appear in JSON output and evaluation reports).</summary>
public static class UncodedReasons
{
    /// <summary>A blocker row ("none.*") matched: the words are known not to be this event.</summary>
    public const string Blocker = "blocker";
    /// <summary>The act a frame governs or what an accusation, denial or demand is about: coded in that trigger's event.</summary>
    public const string Content = "content";
    /// <summary>An infinitive complement ("met to discuss") or a noun object ("held talks") of another trigger.</summary>
    public const string Complement = "complement";
    /// <summary>A quoted question put by a reporter, not an act.</summary>
    public const string Question = "question";
    /// <summary>A word of a name ("Meet the Press"), a hyphened modifier ("U.S.-brokered"), an agreement in force or a date's name.</summary>
    public const string LookAlike = "look-alike";
    /// <summary>A verb pattern used as a noun with no noun pattern of its word.</summary>
    public const string NotVerb = "not-a-verb";
    /// <summary>No actor Parley can code did it, and no rule supplies one (state, place, institution, scene).</summary>
    public const string NoSource = "no-source";
    /// <summary>A discussion with no partner named ("discussed the budget").</summary>
    public const string NoPartner = "no-partner";
    /// <summary>The event's kind needs another side, and none was found.</summary>
    public const string NoTarget = "no-target";
    /// <summary>The only actor is a commentator with no country or office, acting on no one.</summary>
    public const string Commentator = "commentator";
    /// <summary>The same event (type, code, factuality, time, sides) was already coded from an earlier trigger.</summary>
    public const string Duplicate = "duplicate";
    /// <summary>Coded, but with a confidence under the floor the user set (<c>--min-confidence</c>); kept here so it stays auditable.</summary>
    public const string LowConfidence = "low-confidence";
    /// <summary>Background history (its time ends a year or more before publication) left out by <c>--skip-background</c>; kept here so it stays auditable.</summary>
    public const string Background = "background";
    /// <summary>The content of an unaffiliated commentator's view ("analysts say Beijing wants ..."): their reading, not a reported act (AnalystViews).</summary>
    public const string View = "view";
    /// <summary>The content of a fear ("they feared the army would attack"): what is feared, not a reported act (FearedContents).</summary>
    public const string Fear = "fear";
    /// <summary>Violence told again by a definite nominal after the story's first sentence ("the attack killed 11 people").</summary>
    public const string Retold = "retold";
}
