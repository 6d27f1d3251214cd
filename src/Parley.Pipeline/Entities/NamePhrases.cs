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

    public static IEnumerable<(string, NameEntry)> From(KnowledgeBase kb)
    {
        foreach (var p in kb.People.Values)
        {
            yield return (p.Name, new NameEntry(NameKind.Person, p.Wikidata));
            foreach (var a in p.Aliases)
                yield return (a, new NameEntry(NameKind.Person, p.Wikidata));
        }
        foreach (var o in kb.Organisations.Values)
        {
            yield return (o.Name, new NameEntry(NameKind.Organisation, o.Id));
            foreach (var a in o.Aliases)
                yield return (a, new NameEntry(NameKind.Organisation, o.Id));
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
