using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// The time of an event: the calendar expression that governs its clause (basis Explicit), else the nearest one in
/// its sentence outside relative clauses about something else and outside nouns it does not head ("the 2022 election")
/// (Explicit). A trigger inside a "which"/"who" clause takes no time from outside it, and a done or standing event takes
/// no year after the DCT's ("vowed ... by 2050" dates the goal). Without one, the clause's aspect decides (<see cref="EventAspect"/>): a past event inherits the
/// narrative's time, the previous sentences' anchor, a past year that opens a frame (<see cref="PastFrame"/>) or the lead's
/// day (<see cref="NarrativeTime"/>, Inherited); a day given relative to another event ("a day earlier", "hours after the
/// attack") is that event's day shifted (<see cref="RelativeAnchors"/>, Inherited); an act of an "after"/"since" clause,
/// the cause of a judgement ("for defying") and a clause after an opening participle take no day from the other clause
/// (<see cref="SubordinateTime"/>); a role noun or a definite topic of talks is Standing (<see cref="BackgroundNouns"/>); the content of an earlier statement ("have said they would back") is
/// Standing at the DCT (<see cref="EarlierStatements"/>); a
/// present state or a present perfect after the lead ("opposes", "has blamed") takes the DCT as a standing state (Standing), a
/// present perfect told as the lead's news ("Police have arrested five people") the DCT (Published); an undated past
/// ("recently met") or an earlier act named in passing (<see cref="PastReferences"/>: "the recent skirmish", "since the coup")
/// is PAST_REF (Standing) unless its own noun phrase has a time ("Russia's 2022 invasion"); a habit or standing state
/// ("routinely deny", "for years", "in recent years", "are sanctioned", "has banned") takes the DCT's year, since no day is true of it (Standing, year precision); a
/// noun, future or modal keeps the older rule, the last day-precise expression of the two sentences before it in the
/// same paragraph (Inherited), or, in the complement of a past saying, the month, week or year that opens the saying
/// just before ("Last month, the ministry told reporters ... A spokesman said it does not comment"). Round 58: a time of
/// a saying's complement beats the saying's day; a phrase of the past ("not long ago", "in the past") makes an undated
/// act PAST_REF and a noun under a perfect a standing act (<see cref="PastCues"/>). Without a DCT the time is
/// PRESENT_REF with unknown precision. Each way names itself in <see cref="EventTime.Rule"/> (<see cref="EventTimeRules"/>:
/// "met on Tuesday" is <c>time.explicit.clause.v1+time.weekday.relative</c>, a publication-day default
/// <c>time.published.default.v1</c>); the rule is written beside the time and decides nothing.
/// </summary>
public static class EventTimeResolver
{
    public static EventTime Resolve(Document document, int sentenceIndex, TextRange trigger)
    {
        var sentences = document.Sentences;
        if ((uint)sentenceIndex >= (uint)sentences.Length)
            throw new ArgumentOutOfRangeException(nameof(sentenceIndex), sentenceIndex, $"the document has {sentences.Length} sentences");
        var sentence = sentences[sentenceIndex];
        var clause = Clauses.Around(document, sentence, trigger);
        var aspect = EventAspect.Of(document, sentence, clause, trigger);
        var relative = Clauses.RelativeAround(document, sentence, trigger);
        // "after the bloc levied a tariff", "since rebels seized the town": an earlier act; the main clause's day is not its own
        var antecedent = aspect is Aspect.Past or Aspect.PastPerfect ? SubordinateTime.After(document, sentence, trigger) : null;
        // "Freed in March, the activist criticized ...": the opening participle's time dates its own act only
        var opening = SubordinateTime.OpeningParticiple(document, sentence);
        // "told a judge on Monday that she tried to bribe a guard in 2021": the saying's day is not the complement's own time
        var sayingVerb = ReportedPast.SayingBefore(document, sentence, trigger);
        TimeExpression? best = null, main = null;
        var bestScore = long.MaxValue;
        foreach (var time in document.Times)
        {
            if (time.Start < sentence.Start || time.End > sentence.End || !time.IsCalendar
                || Clauses.InRelativeClause(document, sentence, trigger, time.Range) || Clauses.InAsideWithout(document, sentence, trigger, time.Range)
                || AfterThePast(document, aspect, time) || Bound(document, time)
                || relative is { } own && !own.Contains(time.Range)
                || opening is { } part && part.Contains(time.Range) && !part.Contains(trigger))
                continue;
            if (antecedent is { } sub && !sub.Clause.Contains(time.Range))
            {
                if (main is null || Distance(sub.Clause, time.Range) < Distance(sub.Clause, main.Value.Range))
                    main = time;
                continue;
            }
            var score = Score(document, sentence, clause, trigger, time);
            // A year or month of the complement's own beats the day of the saying that reports it ("told a judge on
            // Monday that she tried to bribe a guard in 2021" dates the attempt 2021); with none, the saying's day still dates it.
            if (sayingVerb >= 0 && time.End > sayingVerb && time.End <= trigger.Start && ReportedPast.DatesSaying(document, sayingVerb, trigger, time)
                && !DatesReporting(document, time.Start, trigger))
                score += OtherClause;
            // "the 2022 election" dates the election, not the clause's verb; "this week's siege" names the narrative's
            // incident, so it still dates the sentence when nothing else does.
            if (NounModifiers.Dates(document, sentence, time) is var (noun, possessive) && !noun.Contains(trigger.Start))
            {
                if (!possessive)
                    continue;
                score += 2_000_000;
            }
            if (score < bestScore)
            {
                best = time;
                bestScore = score;
            }
        }
        // An earlier act named in passing ("the recent skirmish", "since the coup", "Russia's invasion") takes only a time
        // of its own noun phrase ("Russia's 2022 invasion", "the coup in 2021"); else it is an undated past, not the DCT.
        if (aspect == Aspect.Unknown && PastReferences.Named(document, sentence, trigger))
            return best is { } own && OwnTime(document, trigger, own) ? Explicit(own, EventTimeRules.OwnNoun) : UndatedPast with { Rule = EventTimeRules.Named };
        // "after the bloc levied a tariff": before the main act, by the measure the text gives ("two days after") or undated
        if (antecedent is { } earlier && best is null)
        {
            // "soured in 2010 after commandos stormed the ship": a week, month or year is the grain the text gives both acts
            if (earlier.DaysBefore is null && main is { } period && TimeValue.PrecisionOf(period.Value) is >= TimePrecision.Week and < TimePrecision.Unknown)
                return Explicit(period, EventTimeRules.AfterPeriod);
            return Antecedent(document, sentenceIndex, earlier, main);
        }
        // "sentenced him on Friday for defying the court": the cause is done before the judgement
        if (SubordinateTime.Cause(document, sentence, trigger))
            return CauseTime(document, sentence, trigger) is { } cause ? Explicit(cause, EventTimeRules.Cause) : UndatedPast with { Rule = EventTimeRules.CauseUndated };
        // "Lopez, a vocal critic of the junta", "to discuss the kingdom's transfer of drones": a standing state, not the clause's day
        if (aspect == Aspect.Unknown && document.Published is { } now && BackgroundNouns.Standing(document, sentence, trigger))
            return best is { } topic && OwnTime(document, trigger, topic) && NounModifiers.Dates(document, sentence, topic) is not null
                ? Explicit(topic, EventTimeRules.Topic)
                : new EventTime(Calendar.Day(now.Date), TimePrecision.Day, TimeBasis.Standing, null, EventTimeRules.RoleNoun);
        // "confirmed Wednesday that the militia had barred him": the day dates the saying; the past perfect is before it
        if (aspect == Aspect.PastPerfect && ReportedPast.SayingBefore(document, sentence, trigger) is var saying and >= 0
            && (best is null ? ReportedPast.During(document, sentence, saying) : ReportedPast.DatesSaying(document, saying, trigger, best.Value)))
            return ReportedPast.OwnTime(document, sentence, saying, trigger) is { } own2 ? Explicit(own2, EventTimeRules.SayingComplement) : UndatedPast with { Rule = EventTimeRules.ReportedPerfect };
        // "The rebels had seized two posts, the ministry said on Tuesday": a saying set after what it reports
        if (aspect == Aspect.PastPerfect && best is { } late && late.Start > trigger.End && DatesReporting(document, late.Start, trigger)
            && document.Text.AsSpan(trigger.End, late.Start - trigger.End).Contains(','))
            return UndatedPast with { Rule = EventTimeRules.SaidAfter };
        // "had warned a day earlier", "hours after the attack": a day given relative to another event or the narrative's day
        if ((best is null || bestScore >= OtherClause) && aspect is Aspect.Past or Aspect.PastPerfect or Aspect.Unknown
            && RelativeAnchors.Try(document, sentenceIndex, trigger) is { } relation)
            return relation;
        // A habit takes no day from another clause or from the saying ("told VOA on Sunday it had for years been offering").
        if (best is { } found && (bestScore < OtherClause || aspect != Aspect.Habitual))
            return Explicit(found, ExplicitRule(document, clause, trigger, sayingVerb, found));
        // "recently visited", "had previously met": a past the text leaves undated on purpose.
        if (aspect == Aspect.Undated)
            return UndatedPast with { Rule = EventTimeRules.Undated };
        // "Not long ago the rivals traded insults, prompting one to recall its envoy", "in past rows": an old act told in passing
        if (best is null && aspect is not Aspect.News && PastCues.Phrase(document, sentence) is { } cue
            && (cue.End <= trigger.Start || aspect is Aspect.Past or Aspect.PastPerfect && clause.Contains(cue))
            && !Clauses.InRelativeClause(document, sentence, trigger, cue))
            return new EventTime("PAST_REF", TimePrecision.Unknown, TimeBasis.Standing, cue, EventTimeRules.Cue);
        // "it has been a hard road, paved with arrests and bans": acts named by a noun under a perfect hold up to now
        if (best is null && aspect == Aspect.Unknown && document.Published is { } held && PastCues.NounUnderPerfect(document, sentenceIndex, sentence, trigger))
            return new EventTime(Calendar.Day(held.Date), TimePrecision.Day, TimeBasis.Standing, null, EventTimeRules.NounUnderPerfect);
        // "Officials have also said they would back the deal": the content of an earlier statement stands, made before now.
        if (sentenceIndex > 0 && document.Published is { } said && EarlierStatements.Before(document, sentence, trigger))
            return new EventTime(Calendar.Day(said.Date), TimePrecision.Day, TimeBasis.Standing, null, EventTimeRules.EarlierStatement);
        TimeExpression? inherited = null;
        var inheritedRule = "";
        if (aspect is Aspect.Past or Aspect.PastPerfect)
        {
            inherited = NarrativeTime.Previous(document, sentenceIndex, framed: relative is null && !Clauses.InAnyRelative(document, sentence, trigger));
            // a year or coarser is inherited only when it opens a past frame the narrative tells on in
            inheritedRule = inherited is { } previous && TimeValue.PrecisionOf(previous.Value) > TimePrecision.Month ? EventTimeRules.PastFrameRule : EventTimeRules.Previous;
            if (inherited is null)
            {
                inherited = NarrativeTime.Lead(document, sentenceIndex, aspect == Aspect.PastPerfect || EventAspect.Continues(document, sentence, clause));
                inheritedRule = EventTimeRules.Lead;
            }
        }
        // "..., is a step backwards," the envoy said": a judgement in the present is the saying's, not an earlier sentence's day
        else if (aspect == Aspect.Unknown && !OpensWithCopula(document, trigger))
        {
            inherited = Inherited(document, sentenceIndex, PastSaying(document, sayingVerb) && !Modal(document, trigger));
            // Inherited gives a day of the sentences before, or else the coarser period that opens the saying just before
            inheritedRule = inherited is { } near && TimeValue.PrecisionOf(near.Value) > TimePrecision.Day
                ? EventTimeRules.SayingPeriod : EventTimeRules.NearbyDay;
        }
        if (inherited is { } from)
            return new EventTime(from.Value, TimeValue.PrecisionOf(from.Value), TimeBasis.Inherited, from.Range, EventTimeRules.With(inheritedRule, from));
        if (document.Published is not { } p)
            return new EventTime("PRESENT_REF", TimePrecision.Unknown, TimeBasis.Published, null, EventTimeRules.NoDate);
        // A habit or standing state ("routinely deny", "for years") holds around the DCT, but not on its day; a present or
        // present perfect ("opposes", "has designated") holds at the DCT, which is not when it began: both are standing.
        return aspect == Aspect.Habitual
            ? new EventTime(p.Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), TimePrecision.Year, TimeBasis.Standing, null, EventTimeRules.Habit)
            : aspect == Aspect.Present
                ? new EventTime(Calendar.Day(p.Date), TimePrecision.Day, TimeBasis.Standing, null, EventTimeRules.Present)
                : new EventTime(Calendar.Day(p.Date), TimePrecision.Day, TimeBasis.Published, null, EventTimeRules.Default);
    }

    /// <summary>
    /// The day of an act in an "after" clause with no time of its own: the main clause's day (else the narrative's) less
    /// the measure ("two days after" = 2 days before, "hours after" = the same day), basis Inherited with the offsets on the
    /// measure; with no measure ("after the bloc levied") an earlier act the text leaves undated.
    /// </summary>
    private static EventTime Antecedent(Document document, int sentenceIndex, Antecedent earlier, TimeExpression? main)
    {
        if (earlier is not { DaysBefore: { } days, Relation: { } relation })
            return UndatedPast with { Rule = EventTimeRules.After };
        var day = main is { } m ? RelativeAnchors.DayOf(m.Value) : RelativeAnchors.NarrativeDay(document, sentenceIndex);
        return day is { } d
            ? new EventTime(Calendar.Day(d.AddDays(-days)), TimePrecision.Day, TimeBasis.Inherited, relation, EventTimeRules.AfterMeasure)
            : UndatedPast with { Rule = EventTimeRules.After };
    }

    /// <summary>A calendar time in the cause's own phrase: after the trigger, close and with no comma between ("for defying the court on Tuesday").</summary>
    private static TimeExpression? CauseTime(Document document, Sentence sentence, TextRange trigger)
    {
        var times = document.Times;
        for (var t = document.FirstTimeFrom(trigger.End); t < times.Length && times[t].Start - trigger.End <= 60; t++)
        {
            var time = times[t];
            if (document.Text.AsSpan(trigger.End, time.Start - trigger.End).ContainsAny(',', ';') || time.End > sentence.End)
                return null;
            if (time.IsCalendar)
                return time;
        }
        return null;
    }

    /// <summary>Whether the trigger opens with a present copula: "is a step backwards", "are deeply concerned about".</summary>
    private static bool OpensWithCopula(Document document, TextRange trigger)
    {
        var text = document.Text.AsSpan(trigger.Start, trigger.End - trigger.Start);
        var space = text.IndexOf(' ');
        var first = space < 0 ? text : text[..space];
        return first.Equals("is", StringComparison.OrdinalIgnoreCase) || first.Equals("are", StringComparison.OrdinalIgnoreCase)
            || first.Equals("am", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An earlier act with no date: TimeML's PAST_REF, standing (not a new event of the publication day).</summary>
    private static readonly EventTime UndatedPast = new("PAST_REF", TimePrecision.Unknown, TimeBasis.Standing, null);

    /// <summary>
    /// Whether the time belongs to the noun phrase of the trigger: it modifies the noun ("Russia's 2022 invasion", "last
    /// year's coup") or follows it closely with no comma between ("the coup in 2021", "the invasion of Ukraine in 2022").
    /// </summary>
    private static bool OwnTime(Document document, TextRange trigger, TimeExpression time)
    {
        if (time.Start < trigger.Start)
            return time.End <= trigger.Start && trigger.Start - time.End <= 20 && !document.Text.AsSpan(time.End, trigger.Start - time.End).ContainsAny(',', ';');
        return time.Start >= trigger.End && time.Start - trigger.End <= 25 && !document.Text.AsSpan(trigger.End, time.Start - trigger.End).ContainsAny(',', ';');
    }

    /// <summary>
    /// True when a done or standing event ("vowed", "has pledged") meets a year after the DCT's: "vowed to make the
    /// region carbon neutral by 2050" dates the goal, not the vow.
    /// </summary>
    private static bool AfterThePast(Document document, Aspect aspect, TimeExpression time) =>
        aspect is not Aspect.Unknown && document.Published is { } published
        && time.Value.Length >= 4 && int.TryParse(time.Value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
        && year > published.Date.Year;

    /// <summary>
    /// "the largest expulsion since 1971", "talks frozen until March": a time after "since" or "until" bounds a span; it
    /// dates no act. So does either end of a range of years: "the fighting between 2014 and 2021", "from 2001 to 2018".
    /// </summary>
    internal static bool Bound(Document document, TimeExpression time)
    {
        var before = document.Text.AsSpan(0, time.Start).TrimEnd();
        if (before.EndsWith(" since", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" until", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" till", StringComparison.OrdinalIgnoreCase))
            return true;
        if (TimeValue.PrecisionOf(time.Value) < TimePrecision.Year)
            return false;
        var after = document.Text.AsSpan(time.End).TrimStart();
        return before.EndsWith(" between", StringComparison.OrdinalIgnoreCase) && after.StartsWith("and ", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" from", StringComparison.OrdinalIgnoreCase) && after.StartsWith("to ", StringComparison.OrdinalIgnoreCase)
            || RangeEnd(before, " and", "between") || RangeEnd(before, " to", "from");
    }

    /// <summary>"between 2014 and [2021]", "from 2001 to [2018]": the time follows the range's joining word, with its opening word and a year before.</summary>
    private static bool RangeEnd(ReadOnlySpan<char> before, string joiner, string opener)
    {
        if (!before.EndsWith(joiner, StringComparison.OrdinalIgnoreCase))
            return false;
        var rest = before[..^joiner.Length].TrimEnd();
        var space = rest.LastIndexOf(' ');
        if (space < 0 || rest.Length - space - 1 != 4 || !char.IsAsciiDigit(rest[^1]))
            return false;
        return rest[..space].TrimEnd().EndsWith(" " + opener, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Which explicit rule chose the best time: the day of a saying that reports the act ("diplomats said on Friday", "told
    /// a judge on Monday that she tried"), a time of another clause of the sentence, or the act's own clause.
    /// </summary>
    private static string ExplicitRule(Document document, TextRange clause, TextRange trigger, int sayingVerb, TimeExpression time) =>
        DatesReporting(document, time.Start, trigger)
        || sayingVerb >= 0 && time.End > sayingVerb && time.End <= trigger.Start && ReportedPast.DatesSaying(document, sayingVerb, trigger, time)
            ? EventTimeRules.SayingDay
            : clause.Contains(time.Range) ? EventTimeRules.Clause : EventTimeRules.OtherClause;

    private static EventTime Explicit(TimeExpression time, string rule) =>
        new(time.Value, TimeValue.PrecisionOf(time.Value), TimeBasis.Explicit, time.Range, EventTimeRules.With(rule, time));

    /// <summary>
    /// Lower is better: in the trigger's clause before anything outside it; then after a preposition ("on Friday");
    /// then nearer. Times in a relative clause the trigger is not in ("the deal, which was signed in 2020") never count.
    /// </summary>
    private static long Score(Document document, Sentence sentence, TextRange clause, TextRange trigger, TimeExpression time)
    {
        long score = Distance(trigger, time.Range);
        if (!clause.Contains(time.Range))
            score += OtherClause;
        if (!Clauses.AfterPreposition(document, sentence, time.Start))
            score += 10_000;
        // "..., diplomats said on Friday": the time of the saying, not of what was said.
        if (DatesReporting(document, time.Start, trigger))
            score += OtherClause;
        return score;
    }

    /// <summary>The score penalty of a time outside the trigger's clause, or of one that dates a reporting verb.</summary>
    private const long OtherClause = 1_000_000;

    /// <summary>True when the time follows a reporting verb ("said on Friday", "told reporters Friday") that is not the trigger.</summary>
    internal static bool DatesReporting(Document document, int timeStart, TextRange trigger)
    {
        var text = document.Text.AsSpan(0, timeStart).TrimEnd();
        for (var words = 0; words < 3 && text.Length > 0; words++)
        {
            var space = text.LastIndexOfAny(' ', '\n', '\t');
            var word = text[(space + 1)..];
            var wordStart = space + 1;
            if (ReportingVerbs.Dated.Contains(word))
                return !trigger.Contains(wordStart);
            // "told reporters Friday", "told VOA on Sunday": one addressee may stand between the verb and the time
            if (word is not ("on" or "late" or "early" or "reporters" or "journalists") && !(words > 0 && word.Length > 0 && char.IsUpper(word[0])))
                return false;
            text = text[..Math.Max(0, space)].TrimEnd();
        }
        return false;
    }

    /// <summary>
    /// "X will meet Y on Wednesday. Z said it would help W.": a day still to come that an act took from an earlier sentence
    /// is that sentence's plan. An act told as done (or not done) cannot have happened on it, and an act to come that is
    /// not about the plan (<paramref name="aboutPlan"/> false) is not set for it: both fall back to the publication day.
    /// </summary>
    public static EventTime NotYetToCome(EventTime time, Factuality factuality, Publication? published, bool aboutPlan = true) =>
        (factuality is Factuality.Asserted or Factuality.Negated || !aboutPlan) && time.Basis == TimeBasis.Inherited && published is { } p
        && TimeValue.Period(time.Value) is { } period && period.First > p.Date
            ? new EventTime(Calendar.Day(p.Date), TimePrecision.Day, TimeBasis.Published, null, EventTimeRules.NotYet)
            : time;

    /// <summary>Whether the saying verb before the trigger (a token start, -1 for none) is a past: "said", "told", "added".</summary>
    private static bool PastSaying(Document document, int saying)
    {
        if (saying < 0)
            return false;
        var end = saying;
        var text = document.Text;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        var word = text.AsSpan(saying, end - saying);
        return word.Equals("said", StringComparison.OrdinalIgnoreCase) || word.Equals("told", StringComparison.OrdinalIgnoreCase)
            || word.Equals("wrote", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a modal stands in the trigger or in the two words before it ("the embargo would stay", "could hold"): a
    /// plan or possibility told in a saying is not dated by the month of the saying before.
    /// </summary>
    private static bool Modal(Document document, TextRange trigger)
    {
        var start = trigger.Start;
        for (var words = 0; words < 2 && start > 0; words++)
            start = document.Text.AsSpan(0, start).TrimEnd().LastIndexOfAny(' ', '\n', '\t') + 1;
        var span = document.Text.AsSpan(start, trigger.End - start);
        foreach (var word in span.Split(' '))
            if (ModalWords.Contains(span[word]))
                return true;
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModalWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["will", "would", "could", "can", "may", "might", "should", "must", "shall", "'ll", "’ll"]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a calendar period ends before the publication day ("last month", "in 2019").</summary>
    private static bool Over(Document document, TimeExpression time) =>
        document.Published is { } p && TimeValue.Period(time.Value) is { } period && period.Last < p.Date;

    private static int Distance(TextRange a, TextRange b) => a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;

    /// <summary>
    /// The last day-precise expression of the nearest of the previous two sentences that has an anchor, if no line break
    /// lies between. A nearer anchor that is coarser ("Last month, the ministry told ...") is a new moment of the
    /// narrative: an older day is not searched past it (the coarse anchor itself is not inherited: most are background). In a sentence, a day that dates a clause ("Sunday praised")
    /// goes before one that names an earlier incident ("the previous day's blasts"); a day in an indefinite appositive
    /// (", a charge Kabul rejected Thursday") dates that aside's own verb and is no anchor.
    /// </summary>
    private static TimeExpression? Inherited(Document document, int sentenceIndex, bool reported = false)
    {
        var text = document.Text.AsSpan();
        var times = document.Times;
        for (var k = sentenceIndex - 1; k >= 0 && k >= sentenceIndex - 2; k--)
        {
            var previous = document.Sentences[k];
            if (text[previous.End..document.Sentences[k + 1].Start].ContainsAny('\n', '\r'))
                return null;
            TimeExpression? day = null, named = null, opening = null;
            var anchored = false;
            for (var t = times.Length - 1; t >= 0; t--)
            {
                var time = times[t];
                if (time.Start < previous.Start || time.End > previous.End || !time.IsCalendar
                    || DatesReporting(document, time.Start, default) || Clauses.InIndefiniteAppositive(document, previous, time.Range))
                    continue;
                anchored = true;
                if (TimeValue.PrecisionOf(time.Value) is not (TimePrecision.Day or TimePrecision.Hour or TimePrecision.Minute))
                {
                    if (reported && time.Start - previous.Start <= 4 && Over(document, time)
                        && ReportedPast.SayingBefore(document, previous, new TextRange(previous.End, previous.End)) >= 0)
                        opening = time;
                    continue;
                }
                if (NounModifiers.Dates(document, previous, time) is null)
                    day ??= time;
                else
                    named ??= time;
            }
            // "Last month, the ministry told VOA ... . A spokesman said the ministry does not comment on ...": the content of a
            // past saying with no time of its own goes on in the month, week or year that opens the saying just before
            if (anchored)
                return day ?? named ?? (reported && k == sentenceIndex - 1 ? opening : null);
        }
        return null;
    }
}
