using System.Collections.Frozen;

namespace Parley.Knowledge;

/// <summary>
/// Who held a country's office on a day ("the Iranian foreign minister" in March 2015 is Zarif), from the people's
/// date-ranged roles. Titles are compared case-insensitively with US and British spellings made one ("defense" = "defence").
/// </summary>
public sealed class OfficeHolders
{
    private readonly FrozenDictionary<string, (Person Person, Role Role)[]> _byOffice;

    public OfficeHolders(IEnumerable<Person> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var byOffice = new Dictionary<string, List<(Person, Role)>>(StringComparer.Ordinal);
        foreach (var person in people)
            foreach (var role in person.Roles)
            {
                var key = Key(role.Country, role.Title);
                if (!byOffice.TryGetValue(key, out var list))
                    byOffice[key] = list = [];
                list.Add((person, role));
            }
        _byOffice = byOffice.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The one person who held <paramref name="title"/> of <paramref name="country"/> on <paramref name="date"/>, or null when
    /// no one did or the roles overlap that day (a handover the data cannot settle).
    /// </summary>
    public Person? On(string country, string title, DateOnly date)
    {
        if (!_byOffice.TryGetValue(Key(country, title), out var holders))
            return null;
        Person? found = null;
        foreach (var (person, role) in holders)
        {
            if (!role.HeldOn(date) || ReferenceEquals(found, person))
                continue;
            if (found is not null)
                return null;
            found = person;
        }
        return found;
    }

    private static string Key(string country, string title) =>
        country + "|" + title.Trim().ToLowerInvariant().Replace("defense", "defence", StringComparison.Ordinal);
}
