using Parley.Core;
using Parley.Pipeline.Entities;
using Parley.Pipeline.Text;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>The phrase matcher, on a small phrase list of ours: longest match first, possessives, and its reference twin.</summary>
public sealed class NameMatcherTests
{
    private static readonly Tokenizer s_tokenizer = new();

    /// <summary>Nine phrases starting "Norland" force a second-token index; "Norland's Grain Board" starts with a possessive token.</summary>
    private static readonly NameMatcher s_matcher = NameMatcher.Build(
        [
            ("Norland", new NameEntry(NameKind.Country, "NRL")),
            ("Norland's Grain Board", new NameEntry(NameKind.Organisation, "grain-board")),
            ("Norland Air", new NameEntry(NameKind.Organisation, "norland-air")),
            ("Norland Post", new NameEntry(NameKind.Organisation, "norland-post")),
            ("Norland Bank", new NameEntry(NameKind.Organisation, "norland-bank")),
            ("Norland Rail", new NameEntry(NameKind.Organisation, "norland-rail")),
            ("Norland Radio", new NameEntry(NameKind.Organisation, "norland-radio")),
            ("Norland Mining", new NameEntry(NameKind.Organisation, "norland-mining")),
            ("Norland Telecom", new NameEntry(NameKind.Organisation, "norland-telecom")),
            ("Norland Shipping", new NameEntry(NameKind.Organisation, "norland-shipping")),
            ("Kessa", new NameEntry(NameKind.Place, "1")),
            ("Kessa's Old Market", new NameEntry(NameKind.Place, "2")),
            ("Tomas Arvid", new NameEntry(NameKind.Person, "Q1")),
            ("Governor Tomas", new NameEntry(NameKind.Person, "Q1")),
            ("Governor Ilse", new NameEntry(NameKind.Person, "Q2")),
            ("governor", new NameEntry(NameKind.Title, "governor")),
            ("the Vessland", new NameEntry(NameKind.Country, "VSL")),
            ("Vessland", new NameEntry(NameKind.Country, "VSL")),
            ("Vessland People's Front", new NameEntry(NameKind.Organisation, "vpf")),
            ("Vessland River Authority", new NameEntry(NameKind.Organisation, "vra")),
            ("the Norland", new NameEntry(NameKind.Country, "NRL")),
        ],
        phrase => PipelineCatalog.TokenTexts(s_tokenizer, phrase));

    [Theory]
    [InlineData("Norland's economy grew.", "Norland=NRL")]
    [InlineData("Norland's Grain Board cut prices.", "Norland's Grain Board=grain-board")]
    [InlineData("Norland Bank and Norland's ports.", "Norland Bank=norland-bank | Norland=NRL")]
    [InlineData("Kessa's mayor visited Kessa's Old Market.", "Kessa=1 | Kessa's Old Market=2")]
    public void A_possessive_name_matches_even_when_a_longer_phrase_starts_with_it(string text, string expected)
    {
        Assert.Equal(expected, Describe(text, reference: false));
        Assert.Equal(expected, Describe(text, reference: true));
    }

    [Theory]
    // a person's titled alias gives way to the person's full name starting at its last word; the title is read on its own
    [InlineData("Governor Tomas Arvid spoke.", "Governor=governor | Tomas Arvid=Q1")]
    [InlineData("Governor Tomas spoke.", "Governor Tomas=Q1")]
    // a different person's name after the alias does not overtake it
    [InlineData("Governor Ilse Tomas Arvid spoke.", "Governor Ilse=Q2 | Tomas Arvid=Q1")]
    public void A_title_alias_gives_way_to_the_full_name_after_it(string text, string expected)
    {
        Assert.Equal(expected, Describe(text, reference: false));
        Assert.Equal(expected, Describe(text, reference: true));
    }

    [Theory]
    // an alias written with its article gives way to a longer name starting at its second word (the article is dropped)
    [InlineData("Leaders of the Vessland People's Front met.", "Vessland People's Front=vpf")]
    [InlineData("The Vessland River Authority closed the dam.", "Vessland River Authority=vra")]
    [InlineData("Guerrillas loyal to the Vessland People's Front shelled the town.", "Vessland People's Front=vpf")]
    [InlineData("A spokesman for the Norland Shipping line spoke.", "Norland Shipping=norland-shipping")]
    // the alias alone, or followed by a word no longer name takes, stays the country with its article
    [InlineData("Troops entered the Vessland on Monday.", "the Vessland=VSL")]
    [InlineData("The Vessland rejected the plan.", "The Vessland=VSL")]
    [InlineData("Aid reached the Norland People.", "the Norland=NRL")]
    public void An_article_alias_gives_way_to_a_longer_name_after_the_article(string text, string expected)
    {
        Assert.Equal(expected, Describe(text, reference: false));
        Assert.Equal(expected, Describe(text, reference: true));
    }

    private static string Describe(string text, bool reference)
    {
        var document = new Document(new Article("t", text));
        s_tokenizer.Process(document, CancellationToken.None);
        var matches = new List<NameMatch>();
        if (reference)
            s_matcher.MatchReference(text, document.Tokens, 0, document.Tokens.Length, matches);
        else
            s_matcher.Match(text, document.Tokens, 0, document.Tokens.Length, matches);
        return string.Join(" | ", matches.Select(m => $"{text[m.Start..m.End]}={m.Entries[0].Key}"));
    }
}
