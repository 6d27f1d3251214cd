using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The clause evidence the learned confidence weighs (cue words, reported-speech depth, speaker, opener) and the families
/// of the finishers that filled an event's sides. Each case sets the trigger and the source on words of an invented sentence.
/// </summary>
public sealed class ClauseEvidenceTests
{
    private static ClauseEvidence Of(string text, string trigger, string? source)
    {
        var document = EventTestDocuments.RunHandSet(text);
        var at = text.IndexOf(trigger, StringComparison.Ordinal);
        EventActor[] sides = source is null ? [] : new[] { Actor(text.IndexOf(source, StringComparison.Ordinal), source.Length) };
        var sentence = document.Sentences[0];
        var coded = new CodedEvent("ASSAULT", null, "190", -10, 4, Factuality.Asserted, sides, [],
            new EventTime("2025", TimePrecision.Year, TimeBasis.Published, null), null, new TextRange(at, at + trigger.Length),
            sentence.Range, 0.7, "assault.attack.v1");
        return ClauseEvidence.Of(document, sentence, coded);
    }

    private static EventActor Actor(int start, int length) =>
        new(new TextRange(start, start + length), 1, "Ruritania", new ActorCode("RUR", null), null);

    [Fact]
    public void A_narrated_act_has_no_cue_and_no_speaker()
    {
        var facts = Of("Ruritanian troops shelled a border village on Monday.", "shelled", "Ruritanian troops");
        Assert.Equal(ClauseCues.None, facts.Cues);
        Assert.Equal(0, facts.Speech);
        Assert.False(facts.SaidAfter);
        Assert.Equal(SpeakerSide.None, facts.Speaker);
    }

    [Fact]
    public void A_modal_and_a_negator_before_the_trigger_are_read_even_when_the_event_stays()
    {
        Assert.Equal(ClauseCues.Modal, Of("Ruritanian troops could have shelled the village.", "shelled", "Ruritanian troops").Cues);
        Assert.Equal(ClauseCues.Negator, Of("Ruritanian troops never shelled the village.", "shelled", "Ruritanian troops").Cues);
        Assert.Equal(ClauseCues.Future | ClauseCues.Conditional, Of("If talks fail, the army will shell the village.", "shell", "the army").Cues);
    }

    [Fact]
    public void The_clause_modals_are_factuality_s_modals_of_possibility_and_should_in_any_case()
    {
        Assert.True(Cues.PossibilityModals.IsSubsetOf(Cues.Modals));
        Assert.Contains("should", (IReadOnlySet<string>)Cues.Modals);
        Assert.Equal(ClauseCues.Modal, Of("Ruritanian troops should shell the depot.", "shell", "Ruritanian troops").Cues);
        Assert.Equal(ClauseCues.Modal, Of("MIGHT the guards have fired on the crowd?", "fired", "the guards").Cues);
        Assert.Equal(ClauseCues.Modal, Of("May the army raid the camp again?", "raid", "the army").Cues);
    }

    [Fact]
    public void The_month_May_is_no_modal()
    {
        Assert.Equal(ClauseCues.None, Of("In May Ruritanian troops shelled the depot.", "shelled", "Ruritanian troops").Cues);
        Assert.Equal(ClauseCues.None, Of("May 4 saw the guards fire on the crowd.", "fire", "the guards").Cues);
    }

    [Fact]
    public void Reported_speech_depth_and_the_speaker()
    {
        var once = Of("The ministry said the rebels attacked a post.", "attacked", "the rebels");
        Assert.Equal(1, once.Speech);
        Assert.Equal(SpeakerSide.Other, once.Speaker);
        var twice = Of("The envoy said officials told him the rebels attacked a post.", "attacked", "the rebels");
        Assert.Equal(2, twice.Speech);
        var own = Of("Ruritania said it shelled the camp.", "shelled", "Ruritania");
        Assert.Equal(SpeakerSide.Source, own.Speaker);
        var tail = Of("The rebels attacked a post, the army said.", "attacked", "the army");
        Assert.Equal(0, tail.Speech);
        Assert.True(tail.SaidAfter);
        Assert.Equal(SpeakerSide.Source, tail.Speaker);
    }

    [Fact]
    public void A_relative_clause_opens_the_trigger_s_clause()
    {
        Assert.Equal(ClauseOpener.Relative, Of("The rebels, who attacked a post in May, left the town.", "attacked", "The rebels").Opener);
        Assert.Equal(ClauseOpener.Subordinate, Of("The town emptied after the rebels attacked a post.", "attacked", "the rebels").Opener);
    }

    [Fact]
    public void The_features_name_cues_speech_and_opener()
    {
        var sink = new Names();
        new ClauseEvidence(ClauseCues.Negator | ClauseCues.Hedge, 1, false, SpeakerSide.Other, ClauseOpener.Relative).Visit(ref sink);
        Assert.Equal(new[] { "cue=negator", "cue=hedge", "speech=1", "speaker=other", "opener=relative" }, sink.List);
    }

    [Theory]
    [InlineData("counterpart", "discourse")]
    [InlineData("pronoun", "coreference")]
    [InlineData("possessor", "possessive")]
    [InlineData("home-side", "home-side")]
    [InlineData("accuser", "accuser")]
    [InlineData("no-such-finisher", "other")]
    public void Finishers_fall_into_families(string name, string family) => Assert.Equal(family, FinisherFamilies.Of(name));

    [Fact]
    public void Each_side_says_which_family_filled_it()
    {
        var sink = new Names();
        FinisherFamilies.Visit("accuse.blame.v2+target.counterpart", source: true, target: true, ref sink);
        Assert.Equal(new[] { "target-by=discourse", "source-by=clause" }, sink.List);
        sink = new Names();
        FinisherFamilies.Visit("request.urge.v1+retreat.withdraw.v1+sides.quote", source: true, target: true, ref sink);
        Assert.Equal(new[] { "source-by=coreference", "target-by=coreference", "built=compound" }, sink.List);
    }

    private struct Names() : IFeatureSink
    {
        public readonly List<string> List = [];

        public readonly void Add(ReadOnlySpan<char> name, ReadOnlySpan<char> value) => List.Add(string.Concat(name, value));
    }
}
