using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline.Entities;
using Parley.Pipeline.Events;
using Parley.Pipeline.Places;
using Parley.Pipeline.Text;
using Parley.Pipeline.Time;

using CorePipeline = Parley.Core.Pipeline;

namespace Parley.Pipeline;

/// <summary>What a user can change about the default pipeline; defaults are the embedded knowledge base and patterns.</summary>
public sealed record PipelineOptions
{
    /// <summary>A user actors file (see <see cref="UserActors"/>), or null.</summary>
    public string? ActorsFile { get; init; }

    /// <summary>User pattern files in the format of data/patterns/events.tsv; their rows win.</summary>
    public IReadOnlyList<string> PatternFiles { get; init; } = [];

    /// <summary>Events under this confidence are not output but listed as uncoded ("low-confidence"); 0 keeps every event.</summary>
    public double MinConfidence { get; init; }

    /// <summary>Events whose own time ends at least this many days before publication are marked background (<see cref="BackgroundTime"/>).</summary>
    public int BackgroundDays { get; init; } = BackgroundTime.DefaultDays;

    /// <summary>Background events are not output but listed as uncoded ("background"); false (the default) keeps them, marked.</summary>
    public bool SkipBackground { get; init; }

    /// <summary>Keep the coder's hand-set confidence instead of the learned one (<see cref="ConfidenceModel"/>).</summary>
    public bool HandSetConfidence { get; init; }

    /// <summary>
    /// A side ranker's weights file for sources the rules do not find (<see cref="SideChooser"/>); "default" uses the embedded
    /// <c>data/patterns/sides.tsv</c>; null or "none" uses no ranker (the default).
    /// </summary>
    public string? SideModelFile { get; init; }

    /// <summary>
    /// An event judge's weights file for the acts the side ranker may fill (<see cref="SideChooser"/>); "default" uses the embedded
    /// <c>data/patterns/judge.tsv</c>; null or "none" uses none (the ranker's own threshold decides). Only read with a side model.
    /// </summary>
    public string? SideJudgeFile { get; init; }

    /// <summary>Logs every candidate the side ranker scores (<see cref="SideChooser"/>), for training.</summary>
    public SideCandidateLog? SideCandidates { get; init; }

    internal bool DefaultCoder => MinConfidence == 0 && BackgroundDays == BackgroundTime.DefaultDays && !SkipBackground && !HandSetConfidence && SideModelFile is (null or "none") && SideJudgeFile is (null or "none") && SideCandidates is null;
}

/// <summary>The one place where Parley's pipeline is assembled, in order, by name.</summary>
public static class PipelineCatalog
{
    private static readonly Lazy<CorePipeline> s_default = new(() => Build(new PipelineOptions()));
    private static readonly Lazy<IReadOnlyList<EventPattern>> s_patterns = new(() => EventPattern.LoadDefault());

    /// <summary>Parley's own event patterns, read once per process (the default pipeline codes with them; evaluations search with them).</summary>
    public static IReadOnlyList<EventPattern> DefaultPatterns => s_patterns.Value;

    /// <summary>The default pipeline over the embedded knowledge base, built once per process.</summary>
    public static CorePipeline Default => s_default.Value;

    public static CorePipeline Build(PipelineOptions options)
    {
        if (options.ActorsFile is null && options.PatternFiles.Count == 0)
        {
            if (options.DefaultCoder && s_default.IsValueCreated)
                return s_default.Value;
            if (!options.DefaultCoder)
                return WithCoder(Default, Coder(KnowledgeBase.Embedded, DefaultPatterns, options));
        }
        var kb = options.ActorsFile is null ? KnowledgeBase.Embedded : KnowledgeBase.Embedded.WithUserActors(options.ActorsFile);
        var tokenizer = new Tokenizer();
        var matcher = NameMatcher.Build(NamePhrases.From(kb), phrase => TokenTexts(tokenizer, phrase));
        var patterns = options.PatternFiles.Count == 0 ? DefaultPatterns : EventPattern.LoadDefault(options.PatternFiles);
        return CorePipeline.Build(
        [
            tokenizer,
            new SentenceSplitter(),
            PosTagger.Default,
            new PublicationInference(),
            new TimeTagger(),
            new EntityRecognizer(kb, matcher),
            new PlaceResolver(kb),
            Coder(kb, patterns, options),
        ]);
    }

    private static EventCoder Coder(KnowledgeBase kb, IReadOnlyList<EventPattern> patterns, PipelineOptions options) =>
        new(kb, patterns)
        {
            MinConfidence = options.MinConfidence,
            BackgroundDays = options.BackgroundDays,
            SkipBackground = options.SkipBackground,
            Calibration = options.HandSetConfidence ? null : ConfidenceModel.Default,
            Sides = LoadSides(options.SideModelFile, SideModel.Default),
            Judge = LoadSides(options.SideJudgeFile, SideModel.DefaultJudge),
            SideCandidates = options.SideCandidates,
        };

    /// <summary>A side ranker's or judge's weights: none for null or "none", the embedded ones for "default", else the file.</summary>
    private static SideModel? LoadSides(string? file, SideModel? embedded)
    {
        if (file is null or "none")
            return null;
        if (file == "default")
            return embedded;
        using var reader = new StreamReader(file);
        return SideModel.Load(reader, file);
    }

    /// <summary>The default's components with another event coder: the name matcher, built once, is shared.</summary>
    private static CorePipeline WithCoder(CorePipeline pipeline, EventCoder coder)
    {
        var components = new List<IComponent>(pipeline.Components.Count);
        foreach (var c in pipeline.Components)
            components.Add(c is EventCoder ? coder : c);
        return CorePipeline.Build(components);
    }

    /// <summary>The token texts of a phrase, as the document tokenizer would cut them.</summary>
    public static string[] TokenTexts(IComponent tokenizer, string phrase)
    {
        // The name matcher cuts every knowledge-base phrase at start-up: the default tokenizer needs no document for that.
        if (tokenizer is Tokenizer)
        {
            var tokens = Tokenizer.Tokenize(phrase);
            var cut = new string[tokens.Length];
            for (var i = 0; i < cut.Length; i++)
                cut[i] = phrase.Substring(tokens[i].Start, tokens[i].End - tokens[i].Start);
            return cut;
        }
        var document = new Document(new Article("phrase", phrase));
        tokenizer.Process(document, CancellationToken.None);
        var texts = new string[document.Tokens.Length];
        for (var i = 0; i < texts.Length; i++)
            texts[i] = document.TextOf(document.Tokens[i].Range);
        return texts;
    }
}
