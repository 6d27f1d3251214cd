namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The other side named by a phrase of the act itself: the first of two objects of a verb of giving ("sent Chile a second
/// shipment"), the "to" after an appositive of the one handed over, the country across a border where forces gather, and
/// the subject of a demand's that-clause. Sentences written for these tests.
/// </summary>
public sealed class TargetGoalsTests
{
    [Theory]
    [InlineData("Norway has sent Moldova its second shipment of air defence missiles, the defence ministry said.", "NOR", "MDA")]
    [InlineData("Japan sent Vietnam a new batch of anti-ship missiles on Friday.", "JPN", "VNM")]
    public void The_first_of_two_objects_of_a_giving_verb_is_the_recipient(string text, string source, string target) =>
        EventTestDocuments.AssertSides(text, "AID", source, target);

    [Fact]
    public void A_named_object_followed_by_a_place_phrase_is_no_recipient()
    {
        var doc = EventTestDocuments.Run("Canada sent Estonian officers into Latvia for a training exercise.");
        Assert.DoesNotContain(doc.Events, e => e.Target.Any(a => a.Code.Country == "EST"));
    }

    [Theory]
    [InlineData("Peru extradited the former banker Luis Moreno Salas, who ran a pyramid scheme, to Spain on Monday.", "PER", "ESP")]
    [InlineData("Mexico extradited cartel boss Rafael Quintero Pena, known as El Flaco, to the United States on Thursday.", "MEX", "USA")]
    public void The_to_after_an_appositive_of_the_one_handed_over_names_the_recipient(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Serbia has massed some 5,000 soldiers and dozens of tanks near its border with Kosovo, NATO officials said.", "SRB", "XKX")]
    [InlineData("Venezuela deployed thousands of troops, backed by armoured vehicles, along its frontier with Guyana.", "VEN", "GUY")]
    public void Forces_gathered_at_a_shared_border_face_the_country_across_it(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("MOBILIZE", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.border", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_border_named_in_a_later_clause_faces_no_one()
    {
        var doc = EventTestDocuments.Run("Serbia massed soldiers in the north, while Hungary tightened controls at its border with Austria.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.border", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ghana's biggest trade unions demanded that the national government double pensions before the end of the year.", "GHA", "GHA")]
    [InlineData("Chile's copper miners demanded that the state mining company reverse the job cuts.", "CHL", "CHL")]
    public void The_subject_of_a_demands_that_clause_is_the_one_asked(string text, string source, string target) =>
        EventTestDocuments.AssertSides(text, "REQUEST", source, target);

    [Theory]
    [InlineData("Georgia agreed on Friday to return three occupied hill villages to Armenia.", "GEO", "ARM")]
    [InlineData("Jordan pledged to send two trained battalions to Lebanon.", "JOR", "LBN")]
    public void A_participle_after_a_number_is_an_adjective_not_a_relative_clause(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void A_governed_act_of_recognition_is_aimed_at_the_country_its_object_comes_from()
    {
        var e = EventTestDocuments.Best("Serbia agreed in Vienna to recognise university diplomas awarded in Kosovo, ending a long dispute.");
        Assert.NotNull(e);
        Assert.Equal(("SRB", "XKX"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.affair", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nigeria blamed the raid on insurgents hiding on Cameroonian soil.", "NGA", "CMR")]
    [InlineData("Iraq blamed the ambush on militants sheltering inside Syria.", "IRQ", "SYR")]
    public void Armed_men_placed_abroad_by_their_own_phrase_are_of_where_they_are(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void A_demonym_without_a_word_for_land_places_no_one()
    {
        var e = EventTestDocuments.Best("Kabul accused insurgents in Pakistani custody of plotting an escape.");
        Assert.NotNull(e);
        Assert.Equal("AFG", EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("U.S. President Donald Trump said that if Mexico keeps its levy on American corn, he will impose a 60% tariff on its steel.", "USA", "MEX")]
    [InlineData("Unless Iran reopens the strait, Britain will impose new sanctions, the minister said.", "GBR", "IRN")]
    public void A_condition_told_before_a_threat_names_its_other_side(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("THREATEN", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
