using System.Collections.Frozen;

namespace Parley.Knowledge;

/// <summary>Maps surnames to the one country all their bearers in the knowledge base served.</summary>
public static class Surnames
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
            Add(countries, surname, person);
            // "Bashar al-Assad" is "President Assad": the Arabic article is not part of the surname as news uses it.
            if (surname.Length > 4 && surname[2] == '-' && surname[..2].ToLowerInvariant() is "al" or "el" or "ad" or "as" or "an" or "ar" or "at")
                Add(countries, surname[3..], person);
        }
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (surname, country) in countries)
            if (country is not null)
                result[surname] = country;
        return result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, string?> countries, string surname, Person person)
    {
        foreach (var role in person.Roles)
        {
            // null marks a surname shared across countries ("Kim": both Koreas), so it never answers.
            if (!countries.TryGetValue(surname, out var seen))
                countries[surname] = role.Country;
            else if (seen is not null && seen != role.Country)
                countries[surname] = null;
        }
    }

    /// <summary>The last word of a name ("George W. Bush" → "Bush").</summary>
    public static string LastWord(string name)
    {
        var trimmed = name.AsSpan().Trim();
        var space = trimmed.LastIndexOf(' ');
        return trimmed[(space + 1)..].ToString();
    }
}
