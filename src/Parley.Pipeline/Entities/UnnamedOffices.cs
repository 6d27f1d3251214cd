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

    /// <summary>
    /// "the former Iranian foreign minister", "the late Egyptian president": someone who held the office once, not its holder;
    /// "summoned a Danish diplomat", "a two-term Danish prime minister": someone, not the office. Read back over a few words
    /// up to "the" or punctuation.
    /// </summary>
    private static bool FormerHolder(Document document, NameMatch country)
    {
        var sentence = document.Sentences[document.SentenceAt(country.Start)];
        for (var i = country.FirstToken - 1; i >= sentence.FirstToken && i >= country.FirstToken - 4; i--)
        {
            var word = document.Slice(document.Tokens[i].Range);
            if (!document.Tokens[i].Is(TokenShape.Word) || word.Equals("the", StringComparison.OrdinalIgnoreCase))
                return false;
            foreach (var not in NotTheHolder)
                if (word.Equals(not, StringComparison.OrdinalIgnoreCase))
                    return true;
        }
        return false;
    }

    private static readonly string[] NotTheHolder = ["a", "an", "former", "late", "ex", "then", "future", "next", "previous", "past", "one-time", "onetime"];
}
