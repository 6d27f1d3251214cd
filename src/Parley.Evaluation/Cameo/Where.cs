using System.Diagnostics.CodeAnalysis;
using Parley.Core;

namespace Parley.Evaluation.Cameo;

/// <summary>A place in a gold file (path, line, the object path inside the line) for errors that say what to fix.</summary>
public readonly record struct Where(string Path, int Line, string Prefix = "")
{
    public Where At(string field) => this with { Prefix = Prefix.Length == 0 ? field : $"{Prefix}.{field}" };

    [DoesNotReturn]
    public void Fail(string? field, string problem) => throw Failure(field, problem);

    public ParleyException Failure(string? field, string problem)
    {
        var name = field is null ? Prefix : Prefix.Length == 0 ? field : $"{Prefix}.{field}";
        var what = name.Length == 0 ? "" : $" field '{name}':";
        return new ParleyException(new ParleyError(ErrorCodes.MalformedJson,
            $"{Path} line {Line}:{what} {problem}. Fix the line; the format is in docs/evaluation-cameo.md."));
    }
}
