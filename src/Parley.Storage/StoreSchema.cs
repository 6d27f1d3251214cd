using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage;

/// <summary>The tables of a Parley store and the check that a file holds the version this code reads.</summary>
internal static class StoreSchema
{
    /// <summary>
    /// Version 2 keys rows by integers (<c>articles.key</c>, the event's ordinal, the entity's index) instead of repeated
    /// strings, stores closed sets of words as ENUMs, and cuts texts (trigger, actor words) from <c>articles.text</c>
    /// at query time: most of the cost of storing is DuckDB hashing and compressing string cells. Version 3 adds the
    /// time basis "standing" to its ENUM. Version 4 adds <c>event_actors.role</c> (party or place, <see cref="ActorRole"/>);
    /// version 5 adds <c>events.background</c> (<see cref="CodedEvent.Background"/>); version 6 adds <c>events.time_rule</c>
    /// (<see cref="EventTime.Rule"/>: the rule that decided the event's time). A version 3, 4 or 5 file is brought up to it
    /// when opened (<see cref="Migrate"/>).
    /// </summary>
    public const int Version = 6;

    /// <summary>The ENUM of <c>event_actors.role</c>: the words of <see cref="ActorRole"/> as in the output contract.</summary>
    private static readonly string RoleType = Names.EnumType<ActorRole>(Names.Of);

    // Columns are in appender order: StoreWriter appends values in exactly this sequence, with these CLR types
    // (INTEGER int, BIGINT long, DOUBLE double, DATE DateOnly, ENUM and VARCHAR string).
    private static readonly string Tables = $"""
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        CREATE TABLE articles (
            "key" INTEGER NOT NULL, id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL UNIQUE, origin VARCHAR, url VARCHAR,
            title VARCHAR, published VARCHAR, published_source {Names.EnumType<PublishedSource>(Names.Of)} NOT NULL,
            text VARCHAR NOT NULL USING COMPRESSION uncompressed, pipeline VARCHAR NOT NULL, stored_at TIMESTAMP NOT NULL);
        CREATE TABLE entities (
            article INTEGER NOT NULL, entity INTEGER NOT NULL, id VARCHAR NOT NULL, name VARCHAR,
            type {Names.EnumType<EntityType>(Names.Of)}, kb VARCHAR, country VARCHAR, sector VARCHAR, rule VARCHAR);
        CREATE TABLE mentions (
            article INTEGER NOT NULL, entity INTEGER NOT NULL, "start" INTEGER, "end" INTEGER,
            kind {Names.EnumType<MentionKind>(Names.Of)});
        CREATE TABLE events (
            article INTEGER NOT NULL, ordinal INTEGER NOT NULL,
            sentence_start INTEGER, sentence_end INTEGER, trigger_start INTEGER, trigger_end INTEGER,
            plover VARCHAR, mode VARCHAR, cameo VARCHAR, goldstein DOUBLE, quad INTEGER,
            factuality {Names.EnumType<Factuality>(Names.Of)},
            time_value VARCHAR, time_precision {Names.EnumType<TimePrecision>(TimeValue.Name)},
            time_basis {Names.EnumType<TimeBasis>(Names.Of)}, time_start INTEGER, time_end INTEGER,
            time_from DATE, time_to DATE,
            place_name VARCHAR, place_geonameid BIGINT, place_lat DOUBLE, place_lon DOUBLE, place_country VARCHAR,
            confidence DOUBLE, rule VARCHAR, background BOOLEAN, time_rule VARCHAR);
        CREATE TABLE event_actors (
            article INTEGER NOT NULL, event INTEGER NOT NULL, side {Names.EnumType<EventSide>(Names.Of)} NOT NULL,
            ordinal INTEGER NOT NULL, "start" INTEGER, "end" INTEGER, entity INTEGER,
            name VARCHAR, country VARCHAR, sector VARCHAR, kb VARCHAR, role {RoleType});
        CREATE TABLE failures (origin VARCHAR, id VARCHAR, code VARCHAR NOT NULL, message VARCHAR, "at" TIMESTAMP NOT NULL);
        """;

    /// <summary>Creates the tables in an empty file, or checks that an existing file is a store of this version.</summary>
    public static void Ensure(DuckDBConnection connection, string path)
    {
        var tables = TableCount(connection);
        if (tables == 0)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Tables);
            Execute(connection, $"INSERT INTO schema_version VALUES ({Version})");
            transaction.Commit();
            return;
        }
        if (!HasVersionTable(connection))
            ErrorCodes.Throw(ErrorCodes.Storage,
                $"'{path}' is a DuckDB file but not a Parley store (it has no schema_version table); pass --db with a new or Parley-made file.");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(version) FROM schema_version";
        var found = command.ExecuteScalar() is int v ? v : -1;
        if (found is 3 or 4 or 5)
            found = Migrate(connection);
        if (found != Version)
            ErrorCodes.Throw(ErrorCodes.Storage,
                $"'{path}' has Parley store schema version {found}, but this parley reads version {Version}; use the parley that made it, or ingest the articles again into a new file (--db NEW.duckdb).");
    }

    /// <summary>
    /// Brings a version 3, 4 or 5 store to version 6. Version 4 gave <c>event_actors</c> the <c>role</c> column, NULL for the
    /// actors already stored (their role was not recorded; ingest the articles again into a new file to have it). Version
    /// 5 gives <c>events</c> the <c>background</c> column, filled for the events already stored from their stored time and
    /// their article's publication date with the default distance (<see cref="BackgroundTime.DefaultDays"/>), as the coder
    /// marks them: false with no publication date or no calendar time. Version 6 gives <c>events</c> the <c>time_rule</c>
    /// column, NULL for the events already stored (the rule was not recorded; ingest the articles again into a new file to
    /// have it). Columns are added last, as in a new file, so the appender's order holds for both. Returns the new version.
    /// </summary>
    private static int Migrate(DuckDBConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"""
            ALTER TABLE event_actors ADD COLUMN IF NOT EXISTS role {RoleType};
            ALTER TABLE events ADD COLUMN IF NOT EXISTS background BOOLEAN;
            UPDATE events SET background = coalesce(
                (SELECT TRY_CAST(left(a.published, 10) AS DATE) - events.time_to >= {BackgroundTime.DefaultDays} FROM articles a WHERE a."key" = events.article),
                false)
            WHERE background IS NULL;
            ALTER TABLE events ADD COLUMN IF NOT EXISTS time_rule VARCHAR;
            UPDATE schema_version SET version = {Version}
            """);
        transaction.Commit();
        return Version;
    }

    /// <summary>
    /// Settings for one ingest session. A larger write-ahead log before checkpoints means the tail row groups are
    /// compressed once at close instead of again after every few batches (measured: about 3x less commit time).
    /// FSST is off: choosing a compression tries every method on every string column, and FSST's trial (building a
    /// symbol table) was the largest part of the closing checkpoint (measured on bench documents: close 0.205 -> 0.169
    /// CPU-s for 33,000 events). The price is file size, mostly article text, which is then stored plain: 2,000 bench
    /// articles 9.7 MB, against 7.1 MB with FSST left on for the text and dictionary pinned on the short columns
    /// (close about 10 % slower). Flip this line and the text column's <c>USING COMPRESSION</c> to prefer size.
    /// </summary>
    public static void Tune(DuckDBConnection connection) =>
        Execute(connection, "SET checkpoint_threshold = '256MB'; SET disabled_compression_methods = 'fsst'");

    /// <summary>
    /// Settings once a session starts writing. Appends, commits and the closing checkpoint run on the calling thread
    /// anyway; with DuckDB's worker threads on, each small statement also wakes and spins them (measured: 15 to 20 %
    /// less processor time per stored event with one thread). Queries in a session that only reads keep every thread.
    /// </summary>
    public static void TuneForWriting(DuckDBConnection connection) => Execute(connection, "SET threads = 1");

    /// <summary>
    /// Before the last commit of a session that is closing: a commit larger than the checkpoint threshold checkpoints
    /// at once and skips the write-ahead log, which the closing checkpoint would otherwise read straight back.
    /// </summary>
    public static void TuneForClosing(DuckDBConnection connection) => Execute(connection, "SET checkpoint_threshold = '1MB'");

    /// <summary>The next free <c>articles.key</c>: keys are given in storing order by the one process that holds the file.</summary>
    public static int NextArticleKey(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(\"key\"), 0) + 1 FROM articles";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long TableCount(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_catalog = current_database()";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool HasVersionTable(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_catalog = current_database() AND table_name = 'schema_version'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
