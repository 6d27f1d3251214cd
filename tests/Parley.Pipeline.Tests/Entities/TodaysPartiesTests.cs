using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// The ruling and opposition parties of 2015-2025 are known organisations of their country: a party named in full is one
/// organisation, not a country followed by a stray word ("Georgian Dream" is no Georgia plus "Dream"), and it keeps its
/// country whatever other country the sentence names. A name several countries' parties share stays an unknown name.
/// </summary>
public sealed class TodaysPartiesTests
{
    private static Document Run(string text) =>
        PipelineCatalog.Default.Run(new Article("test", text)
        {
            Published = new Publication(new DateOnly(2025, 6, 2), null, PublishedSource.Option),
        });

    private static Entity? Named(Document document, string name) => document.Entities.FirstOrDefault(e => e.Name == name);

    [Theory]
    [InlineData("Georgian Dream accused the European Union of meddling in the vote.", "Georgian Dream", "GEO")]
    [InlineData("Estonia 200 said it would leave the governing coalition in Tallinn.", "Estonia 200", "EST")]
    [InlineData("Leaders of the National People's Power met Indian diplomats in Colombo.", "National People's Power", "LKA")]
    [InlineData("Chadema called on its supporters to stay at home during the count.", "Chadema", "TZA")]
    [InlineData("The Aam Aadmi Party criticised the federal police over the arrest.", "Aam Aadmi Party", "IND")]
    [InlineData("Pakatan Harapan won the state elections in Selangor and Penang.", "Pakatan Harapan", "MYS")]
    [InlineData("Officials of the PSUV accused Washington of plotting a coup.", "United Socialist Party of Venezuela", "VEN")]
    public void A_party_is_an_organisation_of_its_country(string text, string name, string country)
    {
        var party = Named(Run(text), name);
        Assert.NotNull(party);
        Assert.Equal(EntityType.Org, party.Type);
        Assert.Equal(country, party.Actor?.Country);
    }

    [Fact]
    public void A_party_named_after_its_country_is_no_mention_of_the_country()
    {
        var document = Run("Estonia 200 lost all its seats in the election.");
        Assert.DoesNotContain(document.Entities, e => e.Name == "Estonia");
    }

    [Fact]
    public void A_name_several_countries_parties_share_stays_unknown()
    {
        var document = Run("The Labour Party promised to build more homes.");
        Assert.DoesNotContain(document.Entities, e => e.KbKey is { } key && key.StartsWith("org:", StringComparison.Ordinal));
    }
}
