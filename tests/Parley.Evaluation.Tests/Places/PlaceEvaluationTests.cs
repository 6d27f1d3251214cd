using System.Collections.Immutable;
using Parley.Core;
using Parley.Evaluation.Places;
using Parley.Knowledge;

namespace Parley.Evaluation.Tests.Places;

public sealed class PlaceEvaluationTests
{
    private static readonly Gazetted s_lyon = new("Lyon", 2996944, 45.7485, 4.8467, "FRA", PlaceFeature.City, 522969);
    private static readonly Gazetted s_perthScotland = new("Perth", 2640354, 56.3961, -3.4374, "GBR", PlaceFeature.City, 47180);

    /// <summary>Lyon right, France only as a named country (an actor), Perth in the wrong country, "clinic" spurious, Quito missed.</summary>
    private static Document Run(Article article)
    {
        var document = new Document(article);
        var places = ImmutableArray.CreateBuilder<Place>();
        var entities = ImmutableArray.CreateBuilder<Entity>();
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        void At(string phrase, Gazetted where) => places.Add(new Place(article.Text.IndexOf(phrase, StringComparison.Ordinal), article.Text.IndexOf(phrase, StringComparison.Ordinal) + phrase.Length, where));
        if (article.Text.Contains("Lyon", StringComparison.Ordinal))
        {
            At("Lyon", s_lyon);
            var at = article.Text.IndexOf("France", StringComparison.Ordinal);
            entities.Add(new Entity("E1", EntityType.Gpe, "France", null, new ActorCode("FRA", null), "test.v1") { KbKey = "country:FRA" });
            mentions.Add(new Mention(at, at + 6, 0, MentionKind.Name));
        }
        if (article.Text.Contains("Perth", StringComparison.Ordinal))
        {
            At("clinic", s_lyon);
            At("Perth", s_perthScotland);
        }
        document.SetEntities(entities.ToImmutable(), mentions.ToImmutable());
        document.SetPlaces(places.ToImmutable());
        return document;
    }

    [Fact]
    public void Scores_the_places_layer_by_span_overlap_and_distance()
    {
        var report = PlaceEvaluation.Evaluate(Fake.Fixture("geovirus-small.xml"), Run, KnowledgeBase.Embedded);

        Assert.Equal(new Scoring.Prf(2, 1, 2), report.Places.Spans); // Lyon, Perth; clinic; France, Quito
        Assert.Equal(new Scoring.Ratio(1, 2), report.Places.Near);
        Assert.InRange(report.Places.Matches[1].Km, 14_000, 15_500);
        Assert.Equal(1, report.Places.Missed["Quito"]);
        Assert.Equal(1, report.Places.Spurious["clinic"]);
    }

    [Fact]
    public void Counts_named_countries_as_toponyms_in_the_second_view()
    {
        var report = PlaceEvaluation.Evaluate(Fake.Fixture("geovirus-small.xml"), Run, KnowledgeBase.Embedded);

        Assert.Equal(new Scoring.Prf(3, 1, 1), report.Toponyms.Spans);
        Assert.Equal("FRA", report.Toponyms.Matches.Single(m => m.Gold.Name == "France").Predicted.Country);
        Assert.Equal(new Scoring.Ratio(2, 3), report.Toponyms.Near);
    }

    [Fact]
    public void The_report_names_the_split_and_both_views()
    {
        var text = PlaceEvaluation.Evaluate(Fake.Fixture("geovirus-small.xml"), Run, KnowledgeBase.Embedded, PlaceSplit.Dev).ToText(worst: 3);

        Assert.Contains("split dev): 2 articles, 3 gold toponyms (1 could not be aligned", text, StringComparison.Ordinal);
        Assert.Contains("places    P 0.667  R 0.667", text, StringComparison.Ordinal);
        Assert.Contains("-> Perth, GBR city", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US officials met Chinese officials.", "US officials", "Chinese officials", "USA")]
    [InlineData("Kenya police met Ugandan police.", "Kenya police", "Ugandan police", "KEN")]
    public void Agent_phrases_are_toponyms_only_when_they_start_with_the_country_name(string text, string named, string demonym, string expected)
    {
        var document = new Document(new Article("a", text));
        var first = text.IndexOf(named, StringComparison.Ordinal);
        var second = text.IndexOf(demonym, StringComparison.Ordinal);
        document.SetEntities(
            [new Entity("E1", EntityType.Gpe, "A", null, null, "test.v1") { KbKey = "country:" + expected },
             new Entity("E2", EntityType.Gpe, "B", null, null, "test.v1") { KbKey = "country:" + (expected == "USA" ? "CHN" : "UGA") }],
            [new Mention(first, first + named.Length, 0, MentionKind.Agent), new Mention(second, second + demonym.Length, 1, MentionKind.Agent)]);
        document.SetPlaces([]);

        var toponyms = PlaceEvaluation.Toponyms(document, KnowledgeBase.Embedded);

        Assert.Equal(expected, Assert.Single(toponyms).Where.Country);
    }

    [Fact]
    public void A_capital_standing_for_its_country_is_a_toponym_at_the_capital()
    {
        var document = new Document(new Article("a", "Nairobi said talks went well."));
        document.SetEntities([new Entity("E1", EntityType.Gpe, "Kenya", null, null, "test.v1") { KbKey = "country:KEN" }], [new Mention(0, 7, 0, MentionKind.Metonym)]);
        document.SetPlaces([]);

        var where = Assert.Single(PlaceEvaluation.Toponyms(document, KnowledgeBase.Embedded)).Where;

        Assert.Equal(("Nairobi", PlaceFeature.City), (where.Name, where.Feature));
    }
}
