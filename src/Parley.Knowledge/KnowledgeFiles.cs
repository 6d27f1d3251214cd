using Parley.Core;

namespace Parley.Knowledge;

/// <summary>Where the knowledge-base files come from: the embedded resources, or a folder laid out like <c>data/</c>.</summary>
public sealed class KnowledgeFiles
{
    private readonly Func<string, Stream?> _open;

    private KnowledgeFiles(string description, Func<string, Stream?> open)
    {
        Description = description;
        _open = open;
    }

    public string Description { get; }

    public static KnowledgeFiles Embedded { get; } = new("the embedded knowledge base",
        name => typeof(KnowledgeFiles).Assembly.GetManifestResourceStream("data/" + name));

    public static KnowledgeFiles Folder(string folder) => new(folder, name =>
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? File.OpenRead(path) : null;
    });

    /// <summary>Opens a required file, e.g. <c>countries.tsv</c> or <c>gazetteer/cities.tsv</c>.</summary>
    public TextReader Open(string name) =>
        OpenOptional(name) ?? throw new ParleyException(new ParleyError(ErrorCodes.BadUserData,
            $"{Description} has no {name}; rebuild it (see data/README.md)."));

    public TextReader? OpenOptional(string name) =>
        _open(name) is { } stream ? new StreamReader(stream, System.Text.Encoding.UTF8) : null;
}
