using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage.Tests;

/// <summary>
/// The role of an event's actors (party or place) through the store: written with both writers, read back in the same
/// order as the codes, filtered by <see cref="EventQuery.PartiesOnly"/>, and a version 3 file brought up to version 4.
/// </summary>
public sealed class ActorRoleStoreTests : IDisposable
{
    // Invented: the second event's target is read from where the shelling landed, not from anyone named.
    private const string Text = "Marco Rubio met Wang Yi in Kuala Lumpur. Sergey Lavrov ordered shelling near Tumbes.";

    private static readonly TestActor Tumbes = new("Tumbes", "Tumbes", "PER", null, null, ActorRole.Place);

    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Document World() => new DocumentBuilder("roles", Text)
        .Event("met", DocumentBuilder.Rubio, DocumentBuilder.WangYi, "2025-07-11")
        .Event("shelling", DocumentBuilder.Lavrov, Tumbes, "2025-07-11", plover: "ASSAULT", cameo: "195", mode: null)
        .Build();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Roles_round_trip_in_the_order_of_the_codes(bool reference)
    {
        using (var store = EventStore.Open(_temp.Path, reference))
            store.Store([World()], "p");

        using var reopened = _temp.Open();
        var rows = reopened.QueryEvents(new EventQuery()).OrderBy(r => r.EventId, StringComparer.Ordinal).ToArray();
        Assert.Equal(("party", "party"), (rows[0].SourceRoles, rows[0].TargetRoles));
        Assert.Equal(("party", "place"), (rows[1].SourceRoles, rows[1].TargetRoles));
        Assert.Equal("PER", rows[1].TargetCodes);
    }

    [Fact]
    public void Parties_only_leaves_out_an_event_with_a_side_read_from_a_place()
    {
        using var store = _temp.Open();
        store.Store([World()], "p");

        Assert.Equal(["roles/V1", "roles/V2"], store.QueryEvents(new EventQuery()).Select(r => r.EventId).Order(StringComparer.Ordinal));
        Assert.Equal(["roles/V1"], store.QueryEvents(new EventQuery { PartiesOnly = true }).Select(r => r.EventId));
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "PER", PartiesOnly = true }));
    }

    [Fact]
    public void A_version_three_file_gains_the_role_column_and_its_actors_have_none()
    {
        using (var store = _temp.Open())
            store.Store([World()], "p");
        Execute("ALTER TABLE event_actors DROP COLUMN role; UPDATE schema_version SET version = 3");

        using var migrated = _temp.Open();
        var old = migrated.QueryEvents(new EventQuery()).Single(r => r.EventId == "roles/V2");
        Assert.Equal(("", ""), (old.SourceRoles, old.TargetRoles)); // not recorded: neither party nor place
        Assert.Equal(2, migrated.QueryEvents(new EventQuery { PartiesOnly = true }).Count); // no actor is known to be a place
        migrated.Store([new DocumentBuilder("later", "Sergey Lavrov ordered shelling near Tumbes.")
            .Event("shelling", DocumentBuilder.Lavrov, Tumbes, "2025-07-12", plover: "ASSAULT", cameo: "195", mode: null).Build()], "p");
        Assert.Equal("place", migrated.QueryEvents(new EventQuery()).Single(r => r.EventId == "later/V1").TargetRoles);
        migrated.Dispose();
        Assert.Equal(6, Scalar("SELECT version FROM schema_version")); // brought on to version 6 (events.background, events.time_rule)
    }

    private void Execute(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=" + _temp.Path);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private int Scalar(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=" + _temp.Path);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
