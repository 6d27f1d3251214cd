using Parley.Core;

namespace Parley.Evaluation.Tests;

/// <summary>Hand-built pipeline output for evaluator tests.</summary>
internal static class Fake
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static EventActor Actor(string code) =>
        new(new TextRange(0, 0), 0, code, new ActorCode(code[..3], code.Length > 3 ? code[3..] : null), null);

    public static CodedEvent Event(string plover, string cameo, double confidence, string[] sources, string[] targets) => new(
        plover, null, cameo, 0, 1, Factuality.Asserted, [.. sources.Select(Actor)], [.. targets.Select(Actor)],
        new EventTime("2000-01-01", TimePrecision.Day, TimeBasis.Published, null), null,
        new TextRange(0, 0), new TextRange(0, 0), confidence, "test.v1");

    /// <summary>Tokens and sentences only, as the default pipeline cuts them: no event is ever coded.</summary>
    public static Document Split(Article article)
    {
        var document = new Document(article);
        new Pipeline.Text.Tokenizer().Process(document, CancellationToken.None);
        new Pipeline.Text.SentenceSplitter().Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>A pipeline that codes nothing and says of every trigger <paramref name="finder"/> finds that no source was found for it.</summary>
    public static Func<Article, Document> NoSource(Pipeline.Events.TriggerFinder finder) => article =>
    {
        var document = Split(article);
        document.SetEvents([], [.. Scoring.PatternTriggers.In(document, finder).Select(m => new UncodedTrigger(m.Range, m.Pattern.Id, UncodedReasons.NoSource))]);
        return document;
    };

    public static Document WithEvents(Article article, params CodedEvent[] events)
    {
        var document = new Document(article);
        document.SetEvents([.. events]);
        return document;
    }

    /// <summary>A document whose mentions are every occurrence of the given phrases.</summary>
    public static Document WithNames(Article article, params (string Phrase, EntityType Type, MentionKind Kind)[] names)
    {
        var entities = new List<Entity>();
        var mentions = new List<Mention>();
        foreach (var (phrase, type, kind) in names)
        {
            for (var at = article.Text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = article.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                mentions.Add(new Mention(at, at + phrase.Length, entities.Count, kind));
                entities.Add(new Entity($"E{entities.Count}", type, phrase, null, null, "test.v1"));
            }
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var document = new Document(article);
        document.SetEntities([.. entities], [.. mentions]);
        return document;
    }
}
