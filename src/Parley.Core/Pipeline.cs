namespace Parley.Core;

/// <summary>
/// A pipeline stage. Components are stateless after construction (safe to share across threads), declare
/// the layers they need and the layers they assign, and are named with a version, e.g. <c>time.Tagger.v1</c>.
/// </summary>
public interface IComponent
{
    string Name { get; }
    Layers Requires { get; }
    Layers Assigns { get; }
    void Process(Document document, CancellationToken cancellationToken);
}

/// <summary>An ordered, validated list of components.</summary>
public sealed class Pipeline
{
    private readonly IComponent[] _components;

    private Pipeline(IComponent[] components) => _components = components;

    public IReadOnlyList<IComponent> Components => _components;

    /// <summary>The names of all components, joined: recorded with every stored row.</summary>
    public string Version => string.Join('+', _components.Select(c => c.Name));

    /// <summary>Builds a pipeline, failing at once if a component needs a layer no earlier component assigns.</summary>
    public static Pipeline Build(IEnumerable<IComponent> components)
    {
        var list = components.ToArray();
        var available = Layers.None;
        foreach (var component in list)
        {
            var missing = component.Requires & ~available;
            if (missing != Layers.None)
                ErrorCodes.Throw(ErrorCodes.PipelineInvalid,
                    $"component '{component.Name}' requires {missing}, which no earlier component assigns; add a producer before it.");
            var twice = component.Assigns & available;
            if (twice != Layers.None)
                ErrorCodes.Throw(ErrorCodes.PipelineInvalid, $"component '{component.Name}' assigns {twice}, which an earlier component already assigns.");
            available |= component.Assigns;
        }
        return new Pipeline(list);
    }

    public Document Run(Article article, CancellationToken cancellationToken = default)
    {
        var document = new Document(article);
        Run(document, cancellationToken);
        return document;
    }

    public void Run(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var component in _components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            component.Process(document, cancellationToken);
        }
    }

    /// <summary>Runs and times each component, adding elapsed ticks to <paramref name="ticks"/> (one slot per component).</summary>
    public void RunTimed(Document document, long[] ticks, CancellationToken cancellationToken = default) =>
        RunTimed(document, ticks, null, cancellationToken);

    /// <summary>
    /// Runs and times each component, adding elapsed ticks to <paramref name="ticks"/> and, when given, the bytes the
    /// component allocated on this thread to <paramref name="allocated"/> (one slot per component in each).
    /// </summary>
    public void RunTimed(Document document, long[] ticks, long[]? allocated, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < _components.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = allocated is null ? 0 : GC.GetAllocatedBytesForCurrentThread();
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            _components[i].Process(document, cancellationToken);
            ticks[i] += System.Diagnostics.Stopwatch.GetTimestamp() - start;
            if (allocated is not null)
                allocated[i] += GC.GetAllocatedBytesForCurrentThread() - bytes;
        }
    }
}
