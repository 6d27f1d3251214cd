using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>Every phrase of the knowledge base that the <see cref="NameMatcher"/> looks for, with its meaning.</summary>
public static class NamePhrases
{
    // Invariant globalization has no Unicode normalization, so the Latin letters news names carry are folded by table.
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěğìíîïīįıłñńňòóôõöøōőřśşšťùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĖĘĚĞÌÍÎÏĪĮİŁÑŃŇÒÓÔÕÖØŌŐŘŚŞŠŤÙÚÛÜŪŮŰŲÝŸŹŻŽ";
    private const string Plain = "aaaaaaaaacccddeeeeeeeegiiiiiiilnnnoooooooorssstuuuuuuuuyyzzzAAAAAAAAACCCDDEEEEEEEEGIIIIIIILNNNOOOOOOOORSSSTUUUUUUUUYYZZZ";

    /// <summary>The name without diacritics, or null when it has none ("Gdańsk" → "Gdansk").</summary>
    public static string? Folded(string name)
    {
        char[]? folded = null;
        for (var i = 0; i < name.Length; i++)
        {
            var k = Accented.IndexOf(name[i], StringComparison.Ordinal);
            if (k < 0)
                continue;
            folded ??= name.ToCharArray();
            folded[i] = Plain[k];
        }
        return folded is null ? null : new string(folded);
    }

    /// <summary>British and American spellings of the words of bodies' names.</summary>
    private static readonly (string, string)[] Spellings =
        [("Organization", "Organisation"), ("Defense", "Defence"), ("Center", "Centre"), ("Program", "Programme")];

    /// <summary>The name in the other English spelling ("World Health Organisation"), or null when it has none of the words.</summary>
    public static string? OtherSpelling(string name)
    {
        string? other = null;
        foreach (var (american, british) in Spellings)
        {
            var current = other ?? name;
            if (current.Contains(american, StringComparison.Ordinal) && !current.Contains(american + "me", StringComparison.Ordinal))
                other = current.Replace(american, british, StringComparison.Ordinal);
            else if (current.Contains(british, StringComparison.Ordinal))
                other = current.Replace(british, american, StringComparison.Ordinal);
        }
        return other;
    }

    public static IEnumerable<(string, NameEntry)> From(KnowledgeBase kb)
    {
        foreach (var p in kb.People.Values)
        {
            yield return (p.Name, new NameEntry(NameKind.Person, p.Wikidata));
            foreach (var a in p.Aliases)
                yield return (a, new NameEntry(NameKind.Person, p.Wikidata));
        }
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in kb.Organisations.Values)
        {
            named.Add(o.Name);
            named.UnionWith(o.Aliases);
        }
        foreach (var o in kb.Organisations.Values)
        {
            var entry = new NameEntry(NameKind.Organisation, o.Id);
            yield return (o.Name, entry);
            foreach (var a in o.Aliases)
                yield return (a, entry);
            // "Organisation of American States", "Ministry of Defence": the other English spelling, unless another body has it.
            foreach (var name in o.Aliases.Prepend(o.Name))
                if (OtherSpelling(name) is { } other && !named.Contains(other))
                    yield return (other, entry);
        }
        foreach (var c in kb.Countries.Values)
        {
            yield return (c.Name, new NameEntry(NameKind.Country, c.Iso3));
            foreach (var a in c.Aliases)
                yield return (a, new NameEntry(NameKind.Country, c.Iso3));
            foreach (var m in c.Metonyms)
                yield return (m, new NameEntry(NameKind.Metonym, c.Iso3));
            foreach (var d in c.Demonyms)
                yield return (d, new NameEntry(NameKind.Demonym, c.Iso3));
        }
        // "Bonn", "Rangoon": a former seat of government is a metonym in name; the recognizer keeps it only within its dates.
        foreach (var seat in kb.FormerSeats.Values)
            yield return (seat.Name, new NameEntry(NameKind.Metonym, seat.Iso3));
        foreach (var (name, place) in kb.PlaceNames)
        {
            var entry = new NameEntry(NameKind.Place, place.GeonameId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            yield return (name, entry);
            // News in English often drops diacritics: "Gdansk" for "Gdańsk".
            if (Folded(name) is { } ascii)
                yield return (ascii, entry);
        }
        foreach (var a in kb.Agents.Values)
            yield return (a.Phrase, new NameEntry(a.Kind == AgentKind.Title ? NameKind.Title : NameKind.Agent, a.Phrase));
    }
}
