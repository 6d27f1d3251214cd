using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// The ids of the rules that decide an event's time (<see cref="EventTime.Rule"/>), one per way
/// <see cref="EventTimeResolver"/> and the coder reach a time: "met on Tuesday" is <see cref="Clause"/>, "recently met"
/// <see cref="Undated"/>, an undated present "opposes" <see cref="Present"/>. Families: <c>explicit</c> (a time expression of
/// the event's own sentence), <c>relative</c> (a day counted from another: "a day earlier"), <c>inherited</c> (an earlier
/// sentence's time), <c>past</c> (PAST_REF: an earlier act left undated), <c>standing</c> (a state or habit held at the
/// publication day or year) and <c>published</c> (the publication day for want of better). When a time expression gave the
/// value, its own rule follows after <c>+</c> (<see cref="With"/>): <c>time.explicit.clause.v1+time.weekday.relative</c>.
/// </summary>
public static class EventTimeRules
{
    /// <summary>The best time expression of the event's clause or sentence ("met on Tuesday").</summary>
    public const string Clause = "time.explicit.clause.v1";
    /// <summary>The day of the saying that reports the act, with no time of the act's own ("told a judge on Monday that she tried to bribe a guard").</summary>
    public const string SayingDay = "time.explicit.saying-day.v1";
    /// <summary>The nearest time of another clause of the sentence ("The army withdrew on Tuesday and the talks resumed").</summary>
    public const string OtherClause = "time.explicit.other-clause.v1";
    /// <summary>A time of an earlier act's own noun phrase ("Russia's 2022 invasion").</summary>
    public const string OwnNoun = "time.explicit.own-noun.v1";
    /// <summary>The week, month or year of the main clause shared by an act of an "after" clause ("soured in 2010 after commandos stormed").</summary>
    public const string AfterPeriod = "time.explicit.after-period.v1";
    /// <summary>A time in the cause's own phrase ("sentenced him for defying the court on Tuesday").</summary>
    public const string Cause = "time.explicit.cause.v1";
    /// <summary>A time of a standing noun's own phrase ("the 2019 accord" as a topic of talks).</summary>
    public const string Topic = "time.explicit.topic.v1";
    /// <summary>A time of a reported past perfect's own complement ("confirmed Wednesday that the militia had barred him in May").</summary>
    public const string SayingComplement = "time.explicit.saying-complement.v1";

    /// <summary>An act of an "after" clause, a measure before the main clause's day ("two days after").</summary>
    public const string AfterMeasure = "time.relative.after-measure.v1";
    /// <summary>A day counted from the narrative's day or from another event's ("a day earlier", "hours after the attack").</summary>
    public const string Anchor = "time.relative.anchor.v1";

    /// <summary>The anchor of the previous sentences of the paragraph (<see cref="NarrativeTime.Previous"/>).</summary>
    public const string Previous = "time.inherited.previous.v1";
    /// <summary>A past year or coarser that opens a frame the narrative tells on in (<see cref="PastFrame"/>).</summary>
    public const string PastFrameRule = "time.inherited.past-frame.v1";
    /// <summary>The day of the story's lead (<see cref="NarrativeTime.Lead"/>).</summary>
    public const string Lead = "time.inherited.lead.v1";
    /// <summary>A noun, future or modal: the last day of the two sentences before, in the same paragraph.</summary>
    public const string NearbyDay = "time.inherited.nearby-day.v1";
    /// <summary>The content of a past saying: the month, week or year that opens the saying just before ("Last month, the ministry told ...").</summary>
    public const string SayingPeriod = "time.inherited.saying-period.v1";
    /// <summary>A plan's or possibility's time taken from the scheduled event it is about ("he is expected to raise ...").</summary>
    public const string Scheduled = "time.inherited.scheduled.v1";

    /// <summary>"recently visited", "had previously met": an undated past by the clause's own words.</summary>
    public const string Undated = "time.past.undated.v1";
    /// <summary>An earlier act named in passing ("the recent skirmish", "since the coup") with no time of its own.</summary>
    public const string Named = "time.past.named.v1";
    /// <summary>An act of an "after"/"since" clause with no measure ("after the bloc levied a tariff").</summary>
    public const string After = "time.past.after.v1";
    /// <summary>The cause of a judgement with no time of its own ("sentenced him on Friday for defying the court").</summary>
    public const string CauseUndated = "time.past.cause.v1";
    /// <summary>A past perfect under a saying that the day dates ("confirmed Wednesday that the militia had barred him").</summary>
    public const string ReportedPerfect = "time.past.reported-perfect.v1";
    /// <summary>A past perfect before a later dated saying ("The rebels had seized two posts, the ministry said on Tuesday").</summary>
    public const string SaidAfter = "time.past.said-after.v1";
    /// <summary>A phrase of the past in the sentence ("not long ago", "in the past": <see cref="PastCues"/>).</summary>
    public const string Cue = "time.past.cue.v1";

    /// <summary>A role noun or a definite topic of talks ("a vocal critic of the junta": <see cref="BackgroundNouns"/>).</summary>
    public const string RoleNoun = "time.standing.role-noun.v1";
    /// <summary>Acts named by a noun under a perfect ("a road paved with arrests": <see cref="PastCues.NounUnderPerfect"/>).</summary>
    public const string NounUnderPerfect = "time.standing.noun-under-perfect.v1";
    /// <summary>The content of an earlier statement ("have said they would back": <see cref="EarlierStatements"/>).</summary>
    public const string EarlierStatement = "time.standing.earlier-statement.v1";
    /// <summary>A habit or standing state ("routinely deny", "for years"): the publication year.</summary>
    public const string Habit = "time.standing.habit.v1";
    /// <summary>A present state or present perfect ("opposes", "has designated"): the publication day.</summary>
    public const string Present = "time.standing.present.v1";

    /// <summary>Nothing better: the publication day.</summary>
    public const string Default = "time.published.default.v1";
    /// <summary>A done act that took a day still to come from an earlier sentence's plan: the publication day (<see cref="EventTimeResolver.NotYetToCome"/>).</summary>
    public const string NotYet = "time.published.not-yet.v1";
    /// <summary>No publication date known: PRESENT_REF.</summary>
    public const string NoDate = "time.published.no-date.v1";

    /// <summary>The rule followed by the rule of the time expression it read: <c>time.explicit.clause.v1+time.weekday.relative</c>.</summary>
    public static string With(string rule, TimeExpression time) =>
        string.IsNullOrEmpty(time.Rule) ? rule : string.Concat(rule, "+", time.Rule);
}
