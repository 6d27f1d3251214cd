namespace Parley.Cli;

/// <summary>The streams a command reads and writes: data to <see cref="Output"/>, diagnostics to <see cref="Error"/>.</summary>
public sealed record CliContext(TextReader Input, Stream Output, TextWriter Error)
{
    /// <summary>True when a person watches standard error (progress bars); false under tests and pipes.</summary>
    public bool Interactive { get; init; }

    public static CliContext FromConsole() => new(Console.In, Console.OpenStandardOutput(), Console.Error)
    {
        Interactive = !Console.IsErrorRedirected,
    };
}

/// <summary>Exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The run finished, but some articles failed (each was reported).</summary>
    public const int SomeFailed = 1;
    /// <summary>The command could not run: bad options, a missing file, a locked database.</summary>
    public const int UsageError = 2;
}
