using System.Globalization;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>What the knowledge base says about a match: its best place, its country, a capital, a title's sector, a broadcaster's service.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// The sector of a lower-case title that names no one ("Guatemalan judge ordered", "a Russian lawmaker said"), or
    /// null: capitalised titles and those followed by a name belong to the person, and government titles without a name
    /// ("the Chinese president") are left to title coreference, and a lone activist is a person, not the country's opposition.
    /// An indefinite government title ("a Chinese envoy", "an Egyptian minister") names no office holder coreference could
    /// find, so it is the country's government agent.
    /// </summary>
    private string? CommonNounTitle(Document document, NameMatch title, string phrase, bool indefinite)
    {
        var tokens = document.Tokens;
        if (!char.IsLower(document.Text[title.Start]) || !kb.Agents.TryGetValue(phrase, out var agent) || agent.Sector is not { Length: > 0 } sector
            || sector is "OPP" || sector is "GOV" && !indefinite)
            return null;
        var sentence = document.Sentences[document.SentenceAt(title.Start)];
        return title.EndToken < sentence.EndToken && tokens[title.EndToken].Is(TokenShape.Capitalized) ? null : sector;
    }


    /// <summary>
    /// "apologized to Senate head Hun Sen" in a story about Cambodia: a body named by a bare institution word ("Senate",
    /// "Congress", "Supreme Court") is the dominant country of the story so far (counted as for unnamed agents), not its
    /// namesake in the knowledge base, unless the sentence so far names the namesake's country. "the Congress building in
    /// Quito", "Parliament in Kampala": a place in another country right after the body says whose body it is, first of all.
    /// The group entity to mention, or -1.
    /// </summary>
    private int ForeignInstitution(Document document, EntityTable table, NameMatch m, int start, Organisation org, ReadOnlySpan<NameMatch> matchesAfter)
    {
        var word = document.Text[start..m.End].ToLowerInvariant();
        if (!kb.Agents.TryGetValue(word, out var agent) || agent.Kind != AgentKind.Agent || agent.Sector is not ("LEG" or "JUD"))
            return -1;
        if (PlaceRightAfter(document, m, matchesAfter) is { } seat && seat != org.Country && kb.Countries.ContainsKey(seat))
            return table.Group(agent, seat);
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        var tally = new StoryCountryTally();
        foreach (var mention in table.Mentions)
        {
            var key = table[mention.Entity].KbKey;
            if (mention.Start >= sentence.Start && key is { } k && k.StartsWith("country:", StringComparison.Ordinal) && k.AsSpan(8).SequenceEqual(org.Country))
                return -1; // "U.S. lawmakers ... the Senate": the sentence names the body's own country
            if (table.StoryCountryOf(mention.Entity) is { } country)
                tally.Add(country, mention.Start);
        }
        return tally.Best(dominant: true) is { } story && story != org.Country && kb.Countries.ContainsKey(story) ? table.Group(agent, story) : -1;
    }

    /// <summary>
    /// The country of a place named by "in" right after the match, over at most two lower-case words ("the Congress building
    /// in Quito", "Parliament in Kampala"); null when none is.
    /// </summary>
    private string? PlaceRightAfter(Document document, NameMatch m, ReadOnlySpan<NameMatch> matchesAfter)
    {
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        var at = m.EndToken;
        for (var skipped = 0; skipped < 2 && at < sentence.EndToken && document.Tokens[at].Is(TokenShape.Word) && !document.Tokens[at].Is(TokenShape.Capitalized) && document.Slice(document.Tokens[at].Range) is not "in"; skipped++)
            at++;
        if (at + 1 >= sentence.EndToken || document.Slice(document.Tokens[at].Range) is not "in")
            return null;
        foreach (var after in matchesAfter)
            if (after.FirstToken == at + 1)
                return CountryOf(after);
        return null;
    }


    /// <summary>The country a country name, demonym or known place of the match stands in; small towns ("Liberty") are too often ordinary words.</summary>
    private string? CountryOf(NameMatch m) =>
        (m.Find(NameKind.Country) ?? m.Find(NameKind.Demonym))?.Key
        ?? (m.Has(NameKind.Place) && BestPlace(m) is { Country: { Length: 3 } c } place && (place.Feature != PlaceFeature.City || place.Population >= 100_000) && kb.Countries.ContainsKey(c) ? c : null);

    /// <summary>"VOA Mandarin", "BBC Persian": a news organisation's name goes on over the language of its service.</summary>
    private int LanguageServiceEnd(Document document, NameMatch m, Organisation org, bool[] covered)
    {
        var next = m.EndToken;
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        if (org.Sector != "MED" || next >= sentence.EndToken || covered[next - sentence.FirstToken] || MatchContext.IsPossessive(document, m)
            || !document.Tokens[next].Is(TokenShape.Capitalized))
            return m.End;
        var word = document.Slice(document.Tokens[next].Range);
        if (!IsLanguage(word) && !kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word))
            return m.End;
        covered[next - sentence.FirstToken] = true; // the language is part of this name, not a demonym of its own
        return document.Tokens[next].End;
    }

    private static bool IsLanguage(ReadOnlySpan<char> word) => NameCues.Contains(NameCues.Languages, word);

    private Gazetted? CapitalOf(string iso3) =>
        kb.Countries.TryGetValue(iso3, out var c) && kb.Places.TryGetValue(c.CapitalGeonameId, out var p) ? p : null;

    /// <summary>"Somali Public Agenda has published ...": a demonym or place opening a longer name this document already read is part of it.</summary>
    private static bool StartsKnownName(Document document, EntityTable table, NameMatch m)
    {
        return table.LastBefore(m.Start, EntityType.Org, new OpensOrganisationName(table, document.Text, m.Start, m.End - m.Start)) >= 0;
    }

    /// <summary>An organisation the knowledge base lacks whose name is written at <c>start</c> and runs on past the match's <c>length</c>.</summary>
    private readonly struct OpensOrganisationName(EntityTable table, string text, int start, int length) : IEntityTest
    {
        public bool Accepts(int entity) => table[entity] is { Type: EntityType.Org, KbKey: null } org && org.Name.Length > length + 1
            && org.Name[length] == ' ' && text.AsSpan(start).StartsWith(org.Name, StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="rest"/> is itself the organisation's name or one of its aliases ("Taliban" of "Afghan Taliban").</summary>
    private static bool NamedWithout(Organisation org, ReadOnlySpan<char> rest)
    {
        if (rest.Equals(org.Name, StringComparison.Ordinal))
            return true;
        foreach (var alias in org.Aliases)
            if (rest.Equals(alias, StringComparison.Ordinal))
                return true;
        return false;
    }
}
