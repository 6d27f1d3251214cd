using System.Collections.Frozen;

namespace Parley.Knowledge;

/// <summary>Maps surnames to the one country all their bearers in the knowledge base served.</summary>
internal static class Surnames
{
    /// <summary>Surname → country, for surnames whose bearers (by the last word of their name) all held office in one country.</summary>
    public static FrozenDictionary<string, string> Countries(IEnumerable<Person> people)
    {
        var countries = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            var surname = LastWord(person.Name);
            if (surname.Length < 3 || person.Roles.Length == 0)
                continue;
            foreach (var role in person.Roles)
            {
                // null marks a surname shared across countries ("Kim": both Koreas), so it never answers.
                if (!countries.TryGetValue(surname, out var seen))
                    countries[surname] = role.Country;
                else if (seen is not null && seen != role.Country)
                    countries[surname] = null;
            }
        }
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (surname, country) in countries)
            if (country is not null)
                result[surname] = country;
        return result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The last word of a name ("George W. Bush" → "Bush").</summary>
    public static string LastWord(string name)
    {
        var trimmed = name.AsSpan().Trim();
        var space = trimmed.LastIndexOf(' ');
        return trimmed[(space + 1)..].ToString();
    }
}
