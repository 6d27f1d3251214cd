using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>
/// A day taken from another clause: an act in an "after"/"since" clause, the cause of a judgement ("for defying") and a
/// main clause after an opening participle ("Freed in March, ...") do not take the other clause's day when the relation
/// puts their act elsewhere; a "when" clause, an "-ing" adjunct and a present participle keep it.
/// </summary>
public class SubordinateTimeTests
{
    private const string Dct = "2025-07-10";

    private static EventTime Resolve(string text, string trigger) => TimeTestDocuments.TimeOf(text, trigger, Dct);

    private static readonly EventTime UndatedPast = new("PAST_REF", TimePrecision.Unknown, TimeBasis.Standing, null);

    [Theory]
    // the act of a finite "after" or "since" clause is before the main act, on a day the text does not give
    [InlineData("The president threatened the bloc with new duties on Thursday after the bloc levied a tariff on steel.", "levied")]
    [InlineData("The army pulled out of the valley on Monday after the militia shelled its camp.", "shelled")]
    [InlineData("Thousands have fled the province since militants seized its capital.", "seized")]
    [InlineData("The rebels shelled the base on Monday after it was reinforced.", "reinforced")]
    public void An_act_in_an_after_or_since_clause_does_not_take_the_main_clauses_day(string text, string trigger) =>
        Assert.Equal(UndatedPast, Resolve(text, trigger));

    [Theory]
    // "two days after" puts the clause's act two days before the main act's day; "hours after" on the same day
    [InlineData("Two days after the opposition denounced the ballot, the commission annulled it on Friday.", "denounced", "2025-07-02")]
    [InlineData("The army retook the town on Monday, three days after rebels seized it.", "seized", "2025-07-04")]
    [InlineData("The army retook the town on Monday, a week after rebels seized it.", "seized", "2025-06-30")]
    [InlineData("The army retook the town on Monday, hours after rebels seized it.", "seized", "2025-07-07")]
    public void A_measured_after_clause_is_the_main_day_less_the_measure(string text, string trigger, string value)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, TimeBasis.Inherited), (time.Value, time.Basis));
    }

    [Theory]
    // look-alikes that keep a day: the main act itself, an "after" clause with a day of its own, a "when" clause,
    // "after" with a noun or a participle, and a week, month or year, the grain the text gives both acts
    [InlineData("The president threatened the bloc with new duties on Thursday after the bloc levied a tariff on steel.", "threatened", "2025-07-10")]
    [InlineData("The president threatened the bloc on Thursday after the bloc levied a tariff on Monday.", "levied", "2025-07-07")]
    [InlineData("Police arrested the mayor on Monday when he returned from abroad.", "returned", "2025-07-07")]
    [InlineData("After the rebels seized the depot the army withdrew. Ministers met on Monday.", "withdrew", "2025-07-10")]
    [InlineData("The rebels shelled the base on Monday after it was reinforced.", "shelled", "2025-07-07")]
    [InlineData("Police detained six men on Monday after the attack on the depot.", "detained", "2025-07-07")]
    [InlineData("The envoy thanked the mediators on Monday after being freed by the gunmen.", "freed", "2025-07-07")]
    [InlineData("Ties between the neighbours soured in 2019 after coast guards rammed a fishing boat.", "rammed", "2019")]
    public void Look_alikes_keep_their_day(string text, string trigger, string value) =>
        Assert.Equal(value, Resolve(text, trigger).Value);

    [Theory]
    // the cause of a judgement or punishment is done before it
    [InlineData("The court sentenced the mayor on Friday for defying the election commission.", "defying")]
    [InlineData("A court jailed the editor last month for insulting the king.", "insulting")]
    [InlineData("Police arrested two men on Monday for allegedly spying for the rebels.", "spying")]
    [InlineData("Prosecutors on Tuesday charged the colonel with plotting a coup.", "plotting")]
    public void The_cause_of_a_judgement_is_an_earlier_act(string text, string trigger) =>
        Assert.Equal(UndatedPast, Resolve(text, trigger));

    [Theory]
    // a day of the cause's own phrase dates it; a verb that judges nothing keeps the clause's day
    [InlineData("The court sentenced the mayor on Friday for defying the commission on Tuesday.", "defying", "2025-07-08")]
    [InlineData("The envoy thanked the mediators on Monday for hosting the talks.", "hosting", "2025-07-07")]
    public void A_cause_with_its_own_day_or_no_judgement_keeps_a_day(string text, string trigger, string value) =>
        Assert.Equal(value, Resolve(text, trigger).Value);

    [Theory]
    // an opening passive participle dates its own earlier act, not the main clause's
    [InlineData("Encouraged by the success of the talks in January, the two sides are going all out to expand trade.", "expand")]
    [InlineData("Elected in 2019 on a promise of reform, the president met the envoy.", "met")]
    [InlineData("Freed in March after a year in jail, the activist criticized the government.", "criticized")]
    public void An_opening_participles_time_is_not_the_main_clauses(string text, string trigger) =>
        Assert.Equal(new EventTime(Dct, TimePrecision.Day, TimeBasis.Published, null), Resolve(text, trigger));

    [Theory]
    // a present participle is simultaneous, and an "-ed" adjective opens a noun phrase: both keep the day
    [InlineData("Speaking on Monday, the minister said the talks had failed.", "said", "2025-07-07")]
    [InlineData("Armed men stormed a bank on Monday, killing two guards.", "killing", "2025-07-07")]
    [InlineData("Encouraged by the talks, the two sides agreed on Monday to expand trade.", "agreed", "2025-07-07")]
    public void A_present_participle_or_a_noun_phrase_keeps_the_day(string text, string trigger, string value) =>
        Assert.Equal(value, Resolve(text, trigger).Value);
}
