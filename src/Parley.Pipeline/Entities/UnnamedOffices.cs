using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "the Iranian foreign minister said", "the Russian President met": a title right after a country's name or demonym, with
/// no name after it and no one named before who holds it, is the person who held that office on the document's day
/// (roles.tsv); when the knowledge base does not know who did, it is still the country acting through the office.
/// </summary>
internal static class UnnamedOffices
{
    /// <summary>Mentions the office holder or the country for the title <paramref name="title"/>; false when the words say no office is held now.</summary>
    public static bool Mention(KnowledgeBase kb, Document document, EntityTable table, NameMatch title, NameMatch country, string iso3, string titlePhrase)
    {
        if (!kb.Countries.ContainsKey(iso3) || FormerHolder(document, country))
            return false;
        // A country's name ("Iran foreign minister") is already a mention of its own; a demonym is part of the office's phrase.
        var start = country.Find(NameKind.Country) is null ? country.Start : title.Start;
        if (document.Published?.Date is { } day && kb.OfficeHolders.On(iso3, titlePhrase, day) is { } holder)
        {
            table.Mention(start, title.End, table.Person(holder.Wikidata), MentionKind.Title);
            return true;
        }
        table.Mention(start, title.End, table.Country(iso3), MentionKind.Agent);
        return true;
    }

    /// <summary>"the former Iranian foreign minister", "the late Egyptian president": someone who held the office once, not its holder; "a Danish diplomat": someone, not the office.</summary>
    private static bool FormerHolder(Document document, NameMatch country)
    {
        if (country.FirstToken == 0)
            return false;
        var before = document.Slice(document.Tokens[country.FirstToken - 1].Range);
        // "summoned a Danish diplomat": an indefinite title names no office holder (an indefinite subject is read as the country's agent before).
        return before.Equals("a", StringComparison.OrdinalIgnoreCase) || before.Equals("an", StringComparison.OrdinalIgnoreCase)
            || before.Equals("former", StringComparison.OrdinalIgnoreCase) || before.Equals("late", StringComparison.OrdinalIgnoreCase)
            || before.Equals("ex", StringComparison.OrdinalIgnoreCase) || before.Equals("then", StringComparison.OrdinalIgnoreCase)
            || before.Equals("future", StringComparison.OrdinalIgnoreCase) || before.Equals("next", StringComparison.OrdinalIgnoreCase);
    }
}
