using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Knowledge;

/// <summary>
/// The user's own actors, from a file passed with <c>--actors</c>. Plain TSV with the header
/// <c>name	aliases	country	sector	kind	title	start	end	wikidata</c>: <c>kind</c> is <c>person</c> or <c>org</c>;
/// a person row adds one role (dates YYYY-MM-DD, empty = open); a row whose wikidata id is already known adds
/// its aliases and role to that person. Rows win over the embedded knowledge base.
/// </summary>
public static class UserActors
{
    public static readonly string[] Header = ["name", "aliases", "country", "sector", "kind", "title", "start", "end", "wikidata"];

    internal static (FrozenDictionary<string, Person>, FrozenDictionary<string, Organisation>) Load(string path, KnowledgeBase kb)
    {
        if (!File.Exists(path))
            ErrorCodes.Throw(ErrorCodes.NotFound, $"the actors file '{path}' does not exist.");
        var people = kb.People.ToDictionary();
        var organisations = kb.Organisations.ToDictionary();
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var row = 0;
        foreach (var c in Tsv.Rows(reader, path, Header))
        {
            row++;
            var (name, aliases, country, sector, kind) = (c[0], Tsv.List(c[1]), c[2], c[3], c[4]);
            if (name.Length == 0 || country.Length == 0)
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"{path} row {row}: name and country are required.");
            if (kind == "org")
            {
                var id = "USER-" + name.ToUpperInvariant().Replace(' ', '-');
                organisations[id] = new Organisation(id, name, aliases, country, Tsv.Optional(sector), Tsv.Optional(c[8]));
                continue;
            }
            if (kind != "person")
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"{path} row {row}: kind must be 'person' or 'org', not '{kind}'.");
            var role = new Role(country, sector.Length == 0 ? "GOV" : sector, c[5],
                Tsv.Date(c[6], path) ?? DateOnly.MinValue, Tsv.Date(c[7], path));
            var key = c[8].Length > 0 ? c[8] : "USER-" + name;
            people[key] = people.TryGetValue(key, out var known)
                ? known with { Aliases = [.. known.Aliases, .. aliases, name], Roles = [.. known.Roles, role] }
                : new Person(key, name, aliases, ' ', [role]);
        }
        return (people.ToFrozenDictionary(), organisations.ToFrozenDictionary());
    }
}
