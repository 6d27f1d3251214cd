using Parley.Core;

namespace Parley.Knowledge;

/// <summary>A country or territory with the names news uses for it.</summary>
public sealed record Country(
    string Iso3, string Iso2, string Name, string[] Aliases, string[] Demonyms,
    string? Capital, long CapitalGeonameId, string[] Metonyms, double Lat, double Lon);

/// <summary>An organisation: international (country IGO/NGO) or a national body (country = ISO alpha-3).</summary>
public sealed record Organisation(string Id, string Name, string[] Aliases, string Country, string? Sector, string? Wikidata);

/// <summary>An office held between two dates (<see cref="End"/> null: still held).</summary>
public sealed record Role(string Country, string Sector, string Title, DateOnly Start, DateOnly? End)
{
    public bool HeldOn(DateOnly date) => date >= Start && (End is null || date <= End);
}

/// <summary>A person with date-ranged roles.</summary>
public sealed record Person(string Wikidata, string Name, string[] Aliases, char Gender, Role[] Roles)
{
    /// <summary>The role held on <paramref name="date"/>: the one that started latest among those held; else the nearest one in time.</summary>
    public Role? RoleOn(DateOnly date)
    {
        Role? best = null;
        foreach (var role in Roles)
            if (role.HeldOn(date) && (best is null || role.Start > best.Start))
                best = role;
        if (best is not null || Roles.Length == 0)
            return best;
        // Not in office that day: the role closest in time says best who they were (a senator-elect, a former minister).
        var bestDistance = int.MaxValue;
        foreach (var role in Roles)
        {
            var distance = date < role.Start ? role.Start.DayNumber - date.DayNumber : date.DayNumber - (role.End ?? date).DayNumber;
            if (distance < bestDistance) { bestDistance = distance; best = role; }
        }
        return best;
    }
}

/// <summary>What an agent word or title means: "troops" → MIL, "foreign minister" → GOV.</summary>
public enum AgentKind : byte { Agent, Title }

public sealed record AgentWord(string Phrase, string Sector, AgentKind Kind, string? Country);

/// <summary>A CAMEO code with its Goldstein value, QuadClass and PLOVER mapping.</summary>
public sealed record CameoCode(string Code, string Name, double Goldstein, int Quad, string? Plover, string? Mode);
