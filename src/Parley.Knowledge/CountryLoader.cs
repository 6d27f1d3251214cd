namespace Parley.Knowledge;

internal static class CountryLoader
{
    public const string File = "countries.tsv";

    public static List<Country> Load(KnowledgeFiles files)
    {
        using var reader = files.Open(File);
        var list = new List<Country>();
        foreach (var c in Tsv.Rows(reader, File, "iso3", "iso2", "name", "aliases", "demonyms", "capital", "capital_geonameid", "metonyms", "lat", "lon"))
        {
            list.Add(new Country(c[0], c[1], c[2], Tsv.List(c[3]), Tsv.List(c[4]), Tsv.Optional(c[5]),
                c[6].Length == 0 ? 0 : long.Parse(c[6], System.Globalization.CultureInfo.InvariantCulture),
                Tsv.List(c[7]), Tsv.Number(c[8]), Tsv.Number(c[9])));
        }
        return list;
    }
}

internal static class OrganisationLoader
{
    public const string File = "organisations.tsv";

    public static List<Organisation> Load(KnowledgeFiles files)
    {
        using var reader = files.Open(File);
        var list = new List<Organisation>();
        foreach (var c in Tsv.Rows(reader, File, "id", "name", "aliases", "country", "sector", "wikidata"))
            list.Add(new Organisation(c[0], c[1], Tsv.List(c[2]), c[3], Tsv.Optional(c[4]), Tsv.Optional(c[5])));
        return list;
    }
}
