using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Storage.Tests;

/// <summary>An actor in a test event: words of the text, the canonical name, code, knowledge-base id and role (party or place).</summary>
public sealed record TestActor(string Words, string Name, string Country, string? Sector, string? Kb, ActorRole Role = ActorRole.Party);

/// <summary>
/// Builds processed documents by hand: events are placed on words of the text (first occurrence), sentences are cut
/// at ". ", and each distinct actor becomes an entity with one mention.
/// </summary>
public sealed class DocumentBuilder(string id, string text)
{
    public static readonly TestActor Rubio = new("Marco Rubio", "Marco Rubio", "USA", "GOV", "Q324546");
    public static readonly TestActor WangYi = new("Wang Yi", "Wang Yi", "CHN", "GOV", "Q1190422");
    public static readonly TestActor Lavrov = new("Sergey Lavrov", "Sergey Lavrov", "RUS", "GOV", "Q133250");
    public static readonly TestActor Asean = new("ASEAN", "ASEAN", "IGO", null, "Q7768");
    public static readonly Gazetted KualaLumpur = new("Kuala Lumpur", 1735161, 3.1412, 101.68653, "MYS", PlaceFeature.City);

    private readonly List<CodedEvent> _events = [];
    private readonly List<TestActor> _actors = [];

    public string? Url { get; init; }
    public Publication? Published { get; init; } = new Publication(new DateOnly(2025, 7, 10), null, PublishedSource.Metadata);

    public DocumentBuilder Event(
        string trigger, TestActor source, TestActor target, string time,
        string plover = "CONSULT", string cameo = "044", string? mode = "meet", Gazetted? place = null,
        Factuality factuality = Factuality.Asserted, double confidence = 0.8)
    {
        var triggerRange = RangeOf(trigger);
        var precision = TimeValue.PrecisionOf(time);
        _events.Add(new CodedEvent(plover, mode, cameo, 1.0, 1, factuality, [Actor(source)], [Actor(target)],
            new EventTime(time, precision, TimeBasis.Explicit, null), place, triggerRange, SentenceOf(triggerRange.Start),
            confidence, "test." + plover.ToLowerInvariant() + ".v1"));
        return this;
    }

    public Document Build()
    {
        var document = new Document(new Article(id, text) { Url = Url, Published = Published, Origin = "test" });
        var entities = ImmutableArray.CreateBuilder<Entity>();
        var mentions = new List<Mention>();
        for (var i = 0; i < _actors.Count; i++)
        {
            var a = _actors[i];
            entities.Add(new Entity($"E{i + 1}", EntityType.Person, a.Name, a.Kb, new ActorCode(a.Country, a.Sector), "test.v1"));
            var range = RangeOf(a.Words);
            mentions.Add(new Mention(range.Start, range.End, i, MentionKind.Name));
        }
        mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
        document.SetEntities(entities.ToImmutable(), [.. mentions]);
        document.SetEvents([.. _events]);
        return document;
    }

    /// <summary>A document with <paramref name="count"/> meetings between Rubio and Wang Yi, one sentence each.</summary>
    public static Document WithEvents(string id, int count, string time = "2025-07-11")
    {
        const string Sentence = "Marco Rubio met Wang Yi again. ";
        var text = string.Concat(Enumerable.Repeat(Sentence, count)) + "Filed as " + id + ".";
        var events = ImmutableArray.CreateBuilder<CodedEvent>(count);
        for (var i = 0; i < count; i++)
        {
            var at = i * Sentence.Length;
            var source = new EventActor(new TextRange(at, at + 11), 0, Rubio.Name, new ActorCode("USA", "GOV"), Rubio.Kb);
            var target = new EventActor(new TextRange(at + 16, at + 23), 1, WangYi.Name, new ActorCode("CHN", "GOV"), WangYi.Kb);
            events.Add(new CodedEvent("CONSULT", "meet", "044", 1.0, 1, Factuality.Asserted, [source], [target],
                new EventTime(time, TimeValue.PrecisionOf(time), TimeBasis.Explicit, null), null,
                new TextRange(at + 12, at + 15), new TextRange(at, at + Sentence.Length - 1), 0.8, "test.consult.v1"));
        }
        var document = new Document(new Article(id, text) { Origin = "test" });
        document.SetEntities(
            [new Entity("E1", EntityType.Person, Rubio.Name, Rubio.Kb, new ActorCode("USA", "GOV"), "test.v1"),
             new Entity("E2", EntityType.Person, WangYi.Name, WangYi.Kb, new ActorCode("CHN", "GOV"), "test.v1")],
            [new Mention(0, 11, 0, MentionKind.Name), new Mention(16, 23, 1, MentionKind.Name)]);
        document.SetEvents(events.MoveToImmutable());
        return document;
    }

    private EventActor Actor(TestActor actor)
    {
        var index = _actors.IndexOf(actor);
        if (index < 0)
        {
            index = _actors.Count;
            _actors.Add(actor);
        }
        return new EventActor(RangeOf(actor.Words), index, actor.Name, new ActorCode(actor.Country, actor.Sector), actor.Kb, actor.Role);
    }

    private TextRange RangeOf(string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' is in the test text");
        return new TextRange(start, start + words.Length);
    }

    private TextRange SentenceOf(int offset)
    {
        var dot = offset == 0 ? -1 : text.LastIndexOf(". ", offset - 1, StringComparison.Ordinal);
        var start = dot < 0 ? 0 : dot + 2;
        var end = text.IndexOf(". ", offset, StringComparison.Ordinal);
        return new TextRange(start, end < 0 ? text.Length : end + 1);
    }
}
