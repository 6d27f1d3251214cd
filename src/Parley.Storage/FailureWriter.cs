using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage;

/// <summary>Inserts one row into <c>failures</c>.</summary>
internal static class FailureWriter
{
    public static void Insert(DuckDBConnection connection, ArticleFailure failure, DateTime at)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """INSERT INTO failures (origin, id, code, message, "at") VALUES (?, ?, ?, ?, ?)""";
        command.Parameters.Add(new DuckDBParameter(failure.Origin));
        command.Parameters.Add(new DuckDBParameter(failure.Id));
        command.Parameters.Add(new DuckDBParameter(failure.Error.Code));
        command.Parameters.Add(new DuckDBParameter(failure.Error.Message));
        command.Parameters.Add(new DuckDBParameter(at));
        command.ExecuteNonQuery();
    }
}
