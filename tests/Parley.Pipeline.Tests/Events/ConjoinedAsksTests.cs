namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A request or promise with two infinitives joined by "and to" asks or promises two acts (<c>ConjoinedAsks</c>); a frame or a
/// past verb after "and" opens a second predicate, not the frame's act (<c>Complements.NewPredicate</c>); two acts of one key told
/// by two predicates joined by "and" stay two (<c>OneActTwice.SecondPredicate</c>).
/// </summary>
public sealed class ConjoinedAsksTests
{
    [Fact]
    public void A_second_infinitive_of_an_appeal_is_a_second_act_asked_for()
    {
        var document = EventTestDocuments.Run("Amnesty International urged the Peruvian authorities to lift the curfew at once and to release the detained students.");
        var asks = document.Events.Where(e => e.Plover == "REQUEST").ToList();
        Assert.Equal(2, asks.Count);
        var second = Assert.Single(asks, e => e.Rule.EndsWith("+act.conjoined", StringComparison.Ordinal));
        Assert.Equal("0253", second.Cameo);
        Assert.Equal("release", document.TextOf(second.Trigger));
        Assert.Equal(asks[0].Source[0].Code.Code, second.Source[0].Code.Code);
        Assert.Equal(asks[0].Target[0].Code.Code, second.Target[0].Code.Code);
    }

    [Fact]
    public void A_second_infinitive_naming_no_known_act_takes_the_frames_own_code()
    {
        var document = EventTestDocuments.Run("The African Union called on both Sudanese factions to lay down their arms and to respect the right to peaceful assembly.");
        Assert.Contains(document.Events, e => e.Cameo == "0256");
        Assert.Contains(document.Events, e => e.Cameo == "020" && document.TextOf(e.Trigger) == "respect");
    }

    [Fact]
    public void A_second_promise_is_a_second_intent()
    {
        var document = EventTestDocuments.Run("Japan pledged to reopen its embassy in Kabul and to send doctors to the border towns.");
        Assert.Equal(2, document.Events.Count(e => e.Cameo.StartsWith("03", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Germany urged Serbia to accept the court's ruling and to the surprise of many, Serbia agreed.")] // "to the": no infinitive
    [InlineData("Norway urged Colombia's rebels to keep the truce and to refrain from new attacks.")] // abstaining restates the appeal
    [InlineData("Canada urged Venezuela to hold the vote on time and announce the results quickly.")] // no second "to"
    // after a comma, "and to" under a gerund frame returns to what governs the gerund list
    [InlineData("President Lula has at times said his new duties are aimed at raising revenue, protecting factory jobs and pressuring foreign carmakers to move their plants to Brazil, and to curb the smuggling of cheap steel.")]
    public void No_second_act_without_a_second_infinitive_of_its_own(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Rule.EndsWith("+act.conjoined", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agreement_to_two_things_is_one_act()
    {
        var document = EventTestDocuments.Run("Armenia and Azerbaijan agreed on Monday to exchange prisoners and to reopen the border crossing.");
        Assert.DoesNotContain(document.Events, e => e.Rule.EndsWith("+act.conjoined", StringComparison.Ordinal));
    }

    [Fact]
    public void A_frame_after_and_is_a_second_predicate_not_the_first_frames_act()
    {
        var document = EventTestDocuments.Run("Norway called for a truce and urged both Colombian factions to resume talks.");
        Assert.Equal(2, document.Events.Count(e => e.Plover == "REQUEST"));
        Assert.Contains(document.Events, e => document.TextOf(e.Trigger) == "called for");
    }

    [Fact]
    public void Two_past_verbs_of_one_act_type_with_their_own_objects_are_two_acts()
    {
        var document = EventTestDocuments.Run("The French foreign minister welcomed the truce and praised Qatar for its mediation.");
        Assert.Equal(2, document.Events.Count(e => e.Cameo == "051"));
    }
}
