using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Knowledge;

internal static class PersonLoader
{
    public static FrozenDictionary<string, Person> Load(KnowledgeFiles files)
    {
        var roles = new Dictionary<string, List<Role>>();
        using (var reader = files.Open("roles.tsv"))
        {
            foreach (var c in Tsv.Rows(reader, "roles.tsv", "wikidata", "country", "sector", "title", "start", "end"))
            {
                var start = Tsv.Date(c[4], "roles.tsv") ?? DateOnly.MinValue;
                var role = new Role(c[1], c[2], c[3], start, Tsv.Date(c[5], "roles.tsv"));
                if (!roles.TryGetValue(c[0], out var list))
                    roles[c[0]] = list = [];
                list.Add(role);
            }
        }

        var people = new Dictionary<string, Person>();
        using (var reader = files.Open("people.tsv"))
        {
            foreach (var c in Tsv.Rows(reader, "people.tsv", "wikidata", "name", "aliases", "gender"))
            {
                var personRoles = roles.TryGetValue(c[0], out var list) ? list.OrderBy(r => r.Start).ToArray() : [];
                people[c[0]] = new Person(c[0], c[1], Tsv.List(c[2]), c[3].Length > 0 ? c[3][0] : ' ', personRoles);
            }
        }
        foreach (var id in roles.Keys)
            if (!people.ContainsKey(id))
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"roles.tsv names {id}, which people.tsv does not list.");
        return people.ToFrozenDictionary();
    }
}

internal static class AgentLoader
{
    public static FrozenDictionary<string, AgentWord> Load(KnowledgeFiles files)
    {
        using var reader = files.Open("agents.tsv");
        var agents = new Dictionary<string, AgentWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in Tsv.Rows(reader, "agents.tsv", "phrase", "sector", "kind", "country"))
        {
            var kind = c[2] switch
            {
                "agent" => AgentKind.Agent,
                "title" => AgentKind.Title,
                _ => throw new ParleyException(new ParleyError(ErrorCodes.BadUserData, $"agents.tsv: kind '{c[2]}' must be 'agent' or 'title'.")),
            };
            agents[c[0]] = new AgentWord(c[0].ToLowerInvariant(), c[1], kind, Tsv.Optional(c[3]));
        }
        return agents.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

internal static class CameoLoader
{
    public static FrozenDictionary<string, CameoCode> Load(KnowledgeFiles files)
    {
        using var reader = files.Open("ontology/cameo.tsv");
        var codes = new Dictionary<string, CameoCode>();
        foreach (var c in Tsv.Rows(reader, "ontology/cameo.tsv", "code", "name", "goldstein", "quad", "plover", "mode"))
            codes[c[0]] = new CameoCode(c[0], c[1], Tsv.Number(c[2]), (int)Tsv.Number(c[3]), Tsv.Optional(c[4]), Tsv.Optional(c[5]));
        return codes.ToFrozenDictionary();
    }
}
