using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary>The database file option shared by the storage commands.</summary>
internal static class DbOption
{
    public const string DefaultPath = "parley.duckdb";

    public static Option<string> Create() => new("--db")
    {
        Description = "The DuckDB database file (one parley process at a time may open it).",
        DefaultValueFactory = _ => DefaultPath,
    };
}
