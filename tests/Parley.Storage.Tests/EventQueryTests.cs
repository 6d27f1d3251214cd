namespace Parley.Storage.Tests;

/// <summary>Filters of <see cref="EventStore.QueryEvents"/> over a small fixed world of four events.</summary>
public sealed class EventQueryTests : IDisposable
{
    private const string Text =
        "Marco Rubio met Wang Yi in Kuala Lumpur. Sergey Lavrov accused Marco Rubio of meddling. " +
        "Wang Yi urged ASEAN to hold talks. ASEAN welcomed Sergey Lavrov at the summit.";

    private readonly TempStore _temp = new();
    private readonly EventStore _store;

    public EventQueryTests()
    {
        _store = _temp.Open();
        var document = new DocumentBuilder("world", Text)
            .Event("met", DocumentBuilder.Rubio, DocumentBuilder.WangYi, "2025-07-11", place: DocumentBuilder.KualaLumpur)
            .Event("accused", DocumentBuilder.Lavrov, DocumentBuilder.Rubio, "2025-06", plover: "ACCUSE", cameo: "112", mode: null)
            .Event("urged", DocumentBuilder.WangYi, DocumentBuilder.Asean, "2024", plover: "REQUEST", cameo: "0311", mode: null)
            .Event("welcomed", DocumentBuilder.Asean, DocumentBuilder.Lavrov, "PAST_REF", plover: "CONSULT", cameo: "042", mode: "visit", confidence: 0.55)
            .Build();
        _store.Store([document], "p");
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private string[] Events(EventQuery query) => [.. _store.QueryEvents(query).Select(r => r.EventId["world/".Length..]).Order()];

    [Theory]
    [InlineData("USA", "V1 V2")]
    [InlineData("usagov", "V1 V2")]
    [InlineData("USAMIL", "")]
    [InlineData("CHN", "V1 V3")]
    [InlineData("IGO", "V3 V4")]
    [InlineData("Q133250", "V2 V4")]
    [InlineData("lavrov", "V2 V4")]
    [InlineData("ang y", "V1 V3")]
    [InlineData("FRA", "")]
    public void Actor_matches_a_code_prefix_country_kb_id_or_name_part_on_either_side(string actor, string expected) =>
        Assert.Equal(Split(expected), Events(new EventQuery { Actor = actor }));

    [Theory]
    [InlineData("USA", "CHN", "V1")]
    [InlineData("CHN", "USA", "V1")]
    [InlineData("rubio", "RUS", "V2")]
    [InlineData("Q7768", "Q133250", "V4")]
    [InlineData("CHN", "RUS", "")]
    public void Dyad_matches_one_side_each_in_either_direction(string a, string b, string expected) =>
        Assert.Equal(Split(expected), Events(new EventQuery { Dyad = (a, b) }));

    [Theory]
    [InlineData("consult", "V1 V4")]
    [InlineData("ACCUSE", "V2")]
    [InlineData("04", "V1 V4")]
    [InlineData("031", "V3")]
    [InlineData("1", "V2")]
    [InlineData("ASSAULT", "")]
    public void Type_matches_a_plover_type_or_a_cameo_prefix(string type, string expected) =>
        Assert.Equal(Split(expected), Events(new EventQuery { Type = type }));

    [Theory]
    [InlineData("2025-07-11", null, "V1")]
    [InlineData("2025-07-12", null, "")]
    [InlineData(null, "2025-07-10", "V2 V3")]
    [InlineData("2025-06-30", "2025-06-30", "V2")]
    [InlineData("2025-06", "2025-06", "V2")]
    [InlineData("2024-12-31", "2025-01-01", "V3")]
    [InlineData("2025", "2025", "V1 V2")]
    [InlineData("2024", null, "V1 V2 V3")]
    [InlineData(null, "2023", "")]
    public void Since_and_until_overlap_the_period_an_event_is_dated_to(string? since, string? until, string expected) =>
        Assert.Equal(Split(expected), Events(new EventQuery { Since = since, Until = until }));

    [Fact]
    public void Filters_combine()
    {
        Assert.Equal(["V1"], Events(new EventQuery { Actor = "CHN", Type = "CONSULT", Since = "2025" }));
    }

    [Fact]
    public void Limit_keeps_the_earliest_events()
    {
        var rows = _store.QueryEvents(new EventQuery { Limit = 2 });

        Assert.Equal(["world/V3", "world/V2"], rows.Select(r => r.EventId));
    }

    [Fact]
    public void A_date_filter_that_is_not_a_date_is_a_coded_error()
    {
        var error = Assert.Throws<Core.ParleyException>(() => _store.QueryEvents(new EventQuery { Since = "last week" }));

        Assert.Equal(Core.ErrorCodes.BadOption, error.Error.Code);
        Assert.Contains("2025-01", error.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_parameters_not_sql()
    {
        Assert.Empty(Events(new EventQuery { Actor = "x') OR TRUE OR ('" }));
        Assert.Equal(4, _store.Counts().Events);
    }

    private static string[] Split(string expected) => expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData(null, "V1 V2 V3 V4")]
    [InlineData(0.0, "V1 V2 V3 V4")]
    [InlineData(0.55, "V1 V2 V3 V4")]
    [InlineData(0.6, "V1 V2 V3")]
    [InlineData(0.81, "")]
    public void A_confidence_floor_keeps_the_events_coded_at_least_that_sure(double? floor, string expected) =>
        Assert.Equal(Split(expected), Events(new EventQuery { MinConfidence = floor }));
}
