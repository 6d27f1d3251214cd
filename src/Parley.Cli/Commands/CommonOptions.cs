using System.CommandLine;
using Parley.Core;
using Parley.Ingest;
using Parley.Pipeline;

namespace Parley.Cli.Commands;

/// <summary>
/// Options shared by the commands that read articles. <paramref name="floor"/> is the default of <c>--min-confidence</c>:
/// <see cref="ExtractFloor"/> for <c>extract</c> (an analyst's reading: a false event costs more than a missed one), 0 for
/// <c>ingest</c> (the store keeps every event; <c>parley events --min-confidence</c> filters when querying).
/// </summary>
internal sealed class CommonOptions(double floor = 0)
{
    /// <summary>
    /// <c>extract</c>'s default floor: on the read CAMEO sets held out by cross-validation (leave one set out, and leave
    /// sessions out both ways) it cuts false events by 2.2 to 3.5 points for 1.0 to 3.2% of the found events
    /// (docs/evaluation-cameo.md, Confidence); 0.2 would drop more than 5% of them on one of the session splits.
    /// </summary>
    public const double ExtractFloor = 0.15;

    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files (.txt, .html, .xml feeds, .jsonl), folders, or - for standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Published { get; } = new("--published")
    {
        Description = "Publication date (YYYY-MM-DD or ISO date-time) for inputs that carry none.",
    };

    public Option<string?> Actors { get; } = new("--actors")
    {
        Description = "A file of your own actors (TSV; see README) added to the embedded knowledge base.",
    };

    public Option<string[]> Patterns { get; } = new("--patterns")
    {
        Description = "Files of your own event patterns (the format of data/patterns/events.tsv); theirs win.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<double> MinConfidence { get; } = new("--min-confidence")
    {
        Description = (floor > 0
                ? $"Leave out events coded with less confidence than this (0 to 1; default {floor.ToString(System.Globalization.CultureInfo.InvariantCulture)}; 0 keeps all). "
                : "Leave out events coded with less confidence than this (0 to 1; default 0 keeps all). ")
            + "With --explain they are listed as low-confidence. The confidence is learned from CAMEO gold; on dev sets held out by cross-validation, "
            + "0.15 cuts false events from 30.8% to 27.2% for 0.7 points of found events, 0.2 to 26.2% for 1.1 points (docs/evaluation-cameo.md, Confidence).",
        DefaultValueFactory = _ => floor,
    };

    public Option<bool> SkipBackground { get; } = new("--skip-background")
    {
        Description = "Leave out background events: those whose own time ends --background-days or more before publication (\"in 2019 ... imposed sanctions\" in a 2025 story). "
            + "By default they are kept and marked \"background\": true. With --explain they are listed as background.",
    };

    public Option<int> BackgroundDays { get; } = new("--background-days")
    {
        Description = "How many days before publication an event's time must end for it to be background (default 365).",
        DefaultValueFactory = _ => BackgroundTime.DefaultDays,
    };

    public void AddTo(Command command)
    {
        command.Add(Paths);
        command.Add(Published);
        command.Add(Actors);
        command.Add(Patterns);
        command.Add(MinConfidence);
        command.Add(SkipBackground);
        command.Add(BackgroundDays);
    }

    public ReaderOptions ReaderOptions(ParseResult parse)
    {
        var published = parse.GetValue(Published);
        if (published is null)
            return new ReaderOptions();
        var parsed = ArticleSource.ParsePublished(published, PublishedSource.Option);
        if (parsed is null)
            ErrorCodes.Throw(ErrorCodes.BadOption, $"--published '{published}' is not a date; write it as YYYY-MM-DD or 2025-07-10T08:00:00Z.");
        return new ReaderOptions { Published = parsed };
    }

    public Core.Pipeline Pipeline(ParseResult parse)
    {
        var floor = parse.GetValue(MinConfidence);
        if (double.IsNaN(floor) || floor < 0 || floor > 1)
            ErrorCodes.Throw(ErrorCodes.BadOption, $"--min-confidence {floor} is not between 0 and 1; pass e.g. 0.8 to keep only events coded with confidence 0.8 or more.");
        var days = parse.GetValue(BackgroundDays);
        if (days < 0)
            ErrorCodes.Throw(ErrorCodes.BadOption, $"--background-days {days} is negative; pass e.g. 365 to mark events that ended a year or more before publication.");
        return PipelineCatalog.Build(new PipelineOptions
        {
            BackgroundDays = days,
            SkipBackground = parse.GetValue(SkipBackground),
            ActorsFile = parse.GetValue(Actors),
            PatternFiles = parse.GetValue(Patterns) ?? [],
            MinConfidence = floor,
        });
    }

    public static string[] PathsOrStdin(string[]? paths) => paths is { Length: > 0 } ? paths : ["-"];
}
