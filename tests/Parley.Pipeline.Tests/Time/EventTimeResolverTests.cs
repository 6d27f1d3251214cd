using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

public class EventTimeResolverTests
{
    private static EventTime Resolve(string text, string trigger, string? dct = "2025-07-10")
    {
        var document = TimeTestDocuments.Tagged(text, dct);
        var start = text.IndexOf(trigger, StringComparison.Ordinal);
        Assert.True(start >= 0, $"trigger '{trigger}' is in the text");
        var range = new TextRange(start, start + trigger.Length);
        return EventTimeResolver.Resolve(document, document.SentenceAt(start), range);
    }

    [Theory]
    [InlineData("The envoys will meet in Jakarta on Friday, July 11, 2025.", "meet", "2025-07-11", TimePrecision.Day)]
    [InlineData("Rebels attacked the town in January.", "attacked", "2025-01", TimePrecision.Month)]
    [InlineData("The party, which was founded in 1990, met on Monday.", "met", "2025-07-07", TimePrecision.Day)]
    [InlineData("The envoy, who arrived on Monday, met officials on Tuesday.", "arrived", "2025-07-07", TimePrecision.Day)]
    [InlineData("Officials met on Wednesday with the envoy, who arrived on Monday.", "met", "2025-07-09", TimePrecision.Day)]
    [InlineData("The army withdrew on Tuesday; talks will resume on Friday.", "resume", "2025-07-11", TimePrecision.Day)]
    [InlineData("The army withdrew on Tuesday; talks will resume on Friday.", "withdrew", "2025-07-08", TimePrecision.Day)]
    [InlineData("Police arrested 40 people in 2019 but released them last week.", "released", "2025-W27", TimePrecision.Week)]
    [InlineData("In March the two sides signed a truce.", "signed", "2025-03", TimePrecision.Month)]
    // the time of the saying is not the time of what was said
    [InlineData("The bloc could impose new sanctions next month, diplomats said on Friday.", "impose", "2025-08", TimePrecision.Month)]
    [InlineData("The two leaders will meet in September, officials told reporters Tuesday.", "meet", "2025-09", TimePrecision.Month)]
    [InlineData("An aide told Reuters on Friday the ministers would meet to discuss the border and its many tangled questions next month.", "meet", "2025-08", TimePrecision.Month)]
    [InlineData("The bloc could impose new sanctions next month, diplomats said on Friday.", "said", "2025-07-04", TimePrecision.Day)]
    public void Takes_the_expression_that_governs_the_clause(string text, string trigger, string value, TimePrecision precision)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, precision, TimeBasis.Explicit), (time.Value, time.Precision, time.Basis));
    }

    [Fact]
    public void Relative_clause_about_something_else_leaves_the_event_without_a_time_of_its_own()
    {
        var time = Resolve("Officials met the envoy, who arrived on Monday.", "met");
        Assert.Equal(TimeBasis.Published, time.Basis);
        Assert.Null(time.Evidence);
    }

    [Fact]
    public void Evidence_points_at_the_expression()
    {
        const string text = "The ministers met on Monday in the capital.";
        var time = Resolve(text, "met");
        Assert.Equal(TimeBasis.Explicit, time.Basis);
        Assert.Equal("Monday", text[time.Evidence!.Value.Start..time.Evidence.Value.End]);
    }

    [Fact]
    public void Inherits_the_last_day_from_the_previous_sentences_of_the_paragraph()
    {
        var time = Resolve("Rebels shelled the city on Tuesday. Dozens fled. Aid groups sent food.", "sent");
        Assert.Equal(("2025-07-08", TimeBasis.Inherited), (time.Value, time.Basis));
    }

    [Theory]
    [InlineData("Rebels shelled the city on Tuesday.\nAid groups sent food.")]
    // a year opens a past frame only for a past told on in the next sentence (PastFrameTests); a present ends it
    [InlineData("Rebels shelled the city in 2020. Aid groups sent food, officials say.")]
    // the day a statement was made does not carry over to the next sentence's events
    [InlineData("Talks may resume soon, diplomats said on Tuesday. Aid groups sent food.")]
    public void Falls_back_to_the_publication_day_when_nothing_close_is_day_precise(string text)
    {
        var time = Resolve(text, "sent");
        Assert.Equal(new EventTime("2025-07-10", TimePrecision.Day, TimeBasis.Published, null), time);
    }

    [Theory]
    // the previous sentences' anchor, whatever its precision, for a past event
    [InlineData("The president raised tariffs last week. Dozens of firms protested. The neighbours retaliated with duties of their own.", "retaliated", "2025-W27", TimePrecision.Week)]
    [InlineData("The talks collapsed at the summit in February. There, the envoy asked for relief. The president refused the request.", "refused", "2025-02", TimePrecision.Month)]
    [InlineData("Rebels shelled the city on Tuesday. Dozens fled. Many hid. Aid groups sent food.", "sent", "2025-07-08", TimePrecision.Day)]
    // a future time in between is not where the narrative is: "will take effect on Friday" is skipped for the next past event
    [InlineData("The minister doubled the levy on Tuesday. The rise will take effect on Friday. He also demanded talks.", "demanded", "2025-07-08", TimePrecision.Day)]
    // the lead's day, for an event that says it continues the lead's story: "also", a past perfect
    [InlineData("Gunmen attacked a bus on Tuesday near the border. The driver was hurt. Passengers ran into the hills. Police searched the area. Roads were closed. Officials said four gunmen had been killed.", "killed", "2025-07-08", TimePrecision.Day)]
    [InlineData("Defence chiefs launched a joint force on Monday at a summit. The force will have 5,000 troops. It will fight smugglers. Its bases are not chosen. The chiefs also discussed maritime security.", "discussed", "2025-07-07", TimePrecision.Day)]
    // an adjunct shares the aspect of the verb it hangs on: "retaliated by announcing"
    [InlineData("The president raised tariffs last week. Dozens of firms protested. The neighbours retaliated by announcing duties of their own.", "announcing", "2025-W27", TimePrecision.Week)]
    // "Monday's raid" tells which day the narrative is at
    [InlineData("Monday's raid left the village empty. Soldiers burned the granary.", "burned", "2025-07-07", TimePrecision.Day)]
    public void A_past_event_without_a_time_inherits_the_narratives(string text, string trigger, string value, TimePrecision precision)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, precision, TimeBasis.Inherited), (time.Value, time.Precision, time.Basis));
    }

    [Theory]
    // a background year in between is a shift: the lead's day no longer holds
    [InlineData("Gunmen attacked a bus on Tuesday near the border. In 2019 the group killed 40 people. Officials said the gunmen had fled.", "fled")]
    // an event far from the lead, that neither names the lead's actors nor says it continues, is not the lead's
    [InlineData("Gunmen attacked a bus on Tuesday near the border. The driver was hurt. Passengers ran into the hills. Police searched the area. Roads were closed. An analyst welcomed the inquiry.", "welcomed")]
    public void A_state_or_a_shifted_narrative_keeps_the_publication_day(string text, string trigger)
    {
        var time = Resolve(text, trigger);
        Assert.Equal(new EventTime("2025-07-10", TimePrecision.Day, TimeBasis.Published, null), time);
    }

    [Theory]
    // a present or present perfect is a state at the DCT, not an incident of the narrative
    [InlineData("Rebels shelled the city on Tuesday. The government has blamed its neighbour for the raids.", "blamed")]
    [InlineData("Rebels shelled the city on Tuesday. The two men stand accused of the bombing.", "accused")]
    [InlineData("Rebels shelled the city on Tuesday. Two commanders have admitted to or been charged with arson.", "charged")]
    // after the lead, a present perfect tells background ("has accused", "have condemned")
    [InlineData("The militia denied any part in the blast. Ankara has accused the militia of the bombing.", "accused")]
    [InlineData("Police beat marchers in the capital. The United States and its allies have condemned the crackdown.", "condemned")]
    // a floating quantifier or adverb between the auxiliary and the verb keeps the perfect
    [InlineData("Rebels shelled the city on Tuesday. Britain and Canada have both condemned the militia for the raids.", "condemned")]
    [InlineData("Rebels shelled the city on Tuesday. The bloc has already imposed three rounds of sanctions.", "imposed")]
    // a stance verb in the simple present is a position held now, not an incident of the earlier sentence's day
    [InlineData("Rebels shelled the city on Tuesday. The neighbouring government denies arming them.", "denies")]
    [InlineData("Troops crossed the river on Monday. The ruling party opposes any deal with the insurgents.", "opposes")]
    public void A_present_or_present_perfect_holds_at_the_publication_day_as_a_standing_state(string text, string trigger)
    {
        // it holds at the DCT, which is not when it began: the basis says so ("standing"), the day stays the DCT
        var time = Resolve(text, trigger);
        Assert.Equal(new EventTime("2025-07-10", TimePrecision.Day, TimeBasis.Standing, null), time);
    }

    [Theory]
    [InlineData("Rebels shelled the city on Tuesday. Neighbouring states routinely deny helping the rebels.", "deny")]
    [InlineData("Rebels shelled the city on Tuesday. The government has denied for years that it tortures prisoners.", "denied")]
    [InlineData("For years, the group has attacked convoys on the highway.", "attacked")]
    [InlineData("The movement has been fighting the army since its founding.", "fighting")]
    [InlineData("Officials have repeatedly called for a ceasefire.", "called")]
    [InlineData("The movement has been fighting the army in the hills, accusing it of abuses.", "accusing")]
    // the day of the saying is no day of the habit
    [InlineData("The ministry told Reuters on Sunday it had worked with the government for years, including by offering to resettle the refugees.", "offering")]
    // a span of years makes a standing state, before or after the verb
    [InlineData("Rebels shelled the city on Tuesday. But in recent years, the army has shelled towns across the region.", "shelled towns")]
    [InlineData("Rebels shelled the city on Tuesday. The group has attacked convoys over the past two decades.", "attacked")]
    // a status still in force is a standing state, whatever day the story tells it
    [InlineData("Rebels shelled the city on Tuesday. Two of its commanders are sanctioned by the finance ministry.", "sanctioned")]
    [InlineData("Rebels shelled the city on Tuesday. The government has banned the sale of drones to the region.", "banned")]
    [InlineData("The island has been occupied by the navy, the council said on Monday.", "occupied")]
    public void A_habit_or_standing_state_is_not_dated_to_a_day(string text, string trigger)
    {
        var time = Resolve(text, trigger);
        Assert.Equal(new EventTime("2025", TimePrecision.Year, TimeBasis.Standing, null), time);
    }

    [Fact]
    public void A_stance_form_after_a_determiner_is_a_plural_noun_and_takes_the_narrative_day()
    {
        var time = Resolve("The ministry cut fuel prices on Tuesday. Its supports for the farmers were doubled.", "supports");
        Assert.Equal(TimeBasis.Inherited, time.Basis);
    }

    [Theory]
    [InlineData("The minister has ordered troops to guard crossings where smugglers traditionally pass.", "ordered")]
    [InlineData("The minister has ordered troops to guard crossings where smugglers traditionally pass.", "guard")]
    // "last month" is a period, not a span of years
    [InlineData("The minister has ordered troops to the border over the last month.", "ordered")]
    // a status verb in the simple past is a new act of the narrative
    [InlineData("The ministry banned the sale of drones.", "banned")]
    public void A_habit_word_in_another_clause_does_not_make_the_event_a_habit(string text, string trigger)
    {
        var time = Resolve(text, trigger);
        Assert.Equal(TimePrecision.Day, time.Precision); // a present perfect is standing, a simple past or an infinitive published
    }

    [Theory]
    // "the 2019 election" dates the election, not the complaint
    [InlineData("He was her running mate in the 2019 election but had recently complained of being sidelined.", "complained", "PAST_REF", TimeBasis.Standing)]
    [InlineData("The three suspects stand accused of the 2011 bombing of a church.", "bombing", "2011", TimeBasis.Explicit)]
    [InlineData("Rebels seized the town, hours after Tuesday's ambush.", "seized", "2025-07-08", TimeBasis.Explicit)]
    [InlineData("Rebels seized the town on Wednesday, a day after Tuesday's ambush.", "seized", "2025-07-09", TimeBasis.Explicit)]
    public void A_time_that_modifies_a_noun_dates_that_noun(string text, string trigger, string value, TimeBasis basis)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, basis), (time.Value, time.Basis));
    }

    [Theory]
    // a time after "since" or "until" bounds a span: it dates no act
    [InlineData("Britain expelled 25 Russian diplomats, the largest expulsion since 1971.", "expelled", "2025-07-10", TimeBasis.Published)]
    [InlineData("Kenya closed the border crossing, shut since March 2020, to traders.", "closed", "2025-07-10", TimeBasis.Published)]
    [InlineData("The rebels kept the town under siege until May.", "kept", "2025-07-10", TimeBasis.Published)]
    [InlineData("On Tuesday Japan lifted the ban, in force since 2011.", "lifted", "2025-07-08", TimeBasis.Explicit)]
    public void A_time_after_since_or_until_dates_no_act(string text, string trigger, string value, TimeBasis basis)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, basis), (time.Value, time.Basis));
    }

    [Theory]
    // a deadline or goal after the DCT's year is the content's time, not the pledge's
    [InlineData("On Tuesday the leaders vowed to make the region carbon neutral by 2050.", "vowed", "2025-07-08", TimeBasis.Explicit)]
    [InlineData("The leaders vowed to make the region carbon neutral by 2050.", "vowed", "2025-07-10", TimeBasis.Published)]
    [InlineData("Parliament sat late. The government has pledged to end coal mining in 2040.", "pledged", "2025-07-10", TimeBasis.Standing)]
    // a future event keeps its own future date
    [InlineData("The leaders will meet again in 2027.", "meet", "2027", TimeBasis.Explicit)]
    public void A_year_after_the_publication_does_not_date_a_past_event(string text, string trigger, string value, TimeBasis basis)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, basis), (time.Value, time.Basis));
    }

    [Theory]
    [InlineData("Officials met on Wednesday with the envoy, who arrived.", "arrived", "2025-07-10", TimeBasis.Published)]
    [InlineData("The ministers discussed the treaty, which the army had broken, on Wednesday.", "broken", "2025-07-10", TimeBasis.Published)]
    [InlineData("The ministers discussed the treaty, which the army broke in 2019.", "broke", "2019", TimeBasis.Explicit)]
    [InlineData("The ministers discussed the treaty, which the army broke, on Wednesday.", "discussed", "2025-07-09", TimeBasis.Explicit)]
    // a "where" clause shares the main clause's scene
    [InlineData("Fighting began on Monday in the hills, where rebels clashed with troops.", "clashed", "2025-07-07", TimeBasis.Explicit)]
    public void A_relative_clause_event_takes_no_time_from_the_clause_it_hangs_on(string text, string trigger, string value, TimeBasis basis)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, basis), (time.Value, time.Basis));
    }

    [Theory]
    [InlineData(MentionKind.Name, TimeBasis.Inherited)]
    [InlineData(MentionKind.Pronoun, TimeBasis.Inherited)]
    // "officials" in the lead and "officials" later need not be the same people
    [InlineData(MentionKind.Agent, TimeBasis.Published)]
    public void An_event_that_names_the_leads_actor_takes_the_leads_day(MentionKind laterMention, TimeBasis basis)
    {
        const string text = "Navy chiefs launched a coastal patrol on Monday. The patrol will have ten ships. Its base is not chosen. "
            + "Smuggling has grown. Fishermen are worried. Navy chiefs discussed maritime security.";
        var document = TimeTestDocuments.Tagged(text, "2025-07-10");
        var later = text.LastIndexOf("Navy chiefs", StringComparison.Ordinal);
        document.SetEntities(
            [new Entity("E1", EntityType.Org, "Navy", null, null, "test")],
            [new Mention(0, 11, 0, MentionKind.Name), new Mention(later, later + 11, 0, laterMention)]);
        var trigger = text.IndexOf("discussed", StringComparison.Ordinal);
        var time = EventTimeResolver.Resolve(document, document.SentenceAt(trigger), new TextRange(trigger, trigger + 9));
        Assert.Equal(basis, time.Basis);
        Assert.Equal(basis == TimeBasis.Inherited ? "2025-07-07" : "2025-07-10", time.Value);
    }

    [Fact]
    public void Without_a_publication_day_the_time_is_the_present_reference() =>
        Assert.Equal(new EventTime("PRESENT_REF", TimePrecision.Unknown, TimeBasis.Published, null), Resolve("Aid groups sent food.", "sent", dct: null));

    [Fact]
    public void Reference_words_do_not_count_as_calendar_times() =>
        Assert.Equal(new EventTime("PAST_REF", TimePrecision.Unknown, TimeBasis.Standing, null), Resolve("Aid groups recently sent food.", "sent"));
}
