using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A former seat of government stands for its state while the state was governed from it ("Bonn" for Germany before
/// 1999, "Rangoon" for Burma before 2005, "Lagos" for Nigeria before 1991); on later dates it is only a city.
/// </summary>
public sealed class FormerSeatsTests
{
    private static Document Run(string text, string published) =>
        PipelineCatalog.Default.Run(new Article("test", text)
        {
            Published = new Publication(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), null, PublishedSource.Option),
        });

    /// <summary>"kind>entity name[country]" for the mention of <paramref name="surface"/>.</summary>
    private static string MeaningOf(Document document, string surface)
    {
        foreach (var m in document.Mentions)
            if (document.TextOf(m.Range) == surface)
            {
                var e = document.Entities[m.Entity];
                return $"{m.Kind}>{e.Name}[{e.Actor?.Country}]";
            }
        return "missing";
    }

    [Theory]
    [InlineData("Bonn protested to Moscow about the new missiles in East Germany.", "1983-11-24", "Bonn", "DEU")]
    [InlineData("Officials said Bonn would send more money to the eastern states.", "1991-03-05", "Bonn", "DEU")]
    [InlineData("Rangoon denied that troops had fired on the monks.", "1988-09-19", "Rangoon", "MMR")]
    [InlineData("Yangon has refused visas to the UN rapporteur.", "1997-02-11", "Yangon", "MMR")]
    [InlineData("Lagos recalled its ambassador from Accra after the expulsions.", "1983-01-27", "Lagos", "NGA")]
    [InlineData("Karachi signed a trade agreement with Kabul.", "1950-06-01", "Karachi", "PAK")]
    [InlineData("Diplomats expect Almaty to sign the test-ban treaty.", "1995-04-03", "Almaty", "KAZ")]
    [InlineData("Rio de Janeiro broke off relations with Berlin.", "1942-01-28", "Rio de Janeiro", "BRA")]
    public void A_former_seat_stands_for_its_state_while_it_was_the_seat(string text, string published, string surface, string iso3) =>
        Assert.Matches($@"^Metonym>.*\[{iso3}\]$", MeaningOf(Run(text, published), surface));

    [Theory]
    [InlineData("Bonn hosted the climate conference this year.", "2017-11-10", "Bonn")]
    [InlineData("Rangoon flooded after the monsoon rains.", "2015-08-02", "Rangoon")]
    [InlineData("Lagos banned commercial motorcycles on its main roads.", "2022-06-01", "Lagos")]
    [InlineData("Karachi sweltered in a record heatwave.", "2015-06-24", "Karachi")]
    [InlineData("Almaty hosted an ice hockey tournament.", "2011-02-02", "Almaty")]
    public void After_the_move_a_former_seat_is_only_a_city(string text, string published, string surface) =>
        Assert.DoesNotContain("Metonym", MeaningOf(Run(text, published), surface), StringComparison.Ordinal);

    [Theory]
    [InlineData("The chancellor flew back to Bonn on Friday.", "1987-06-12", "Bonn", "Name>Bonn")]
    [InlineData("Thousands marched in Rangoon against the army.", "1988-08-08", "Rangoon", "Name>Yangon")]
    [InlineData("A coup was announced on the radio in Lagos.", "1985-08-27", "Lagos", "Name>Lagos")]
    [InlineData("The delegates gathered in Almaty for the signing.", "1991-12-21", "Almaty", "Name>Almaty")]
    public void Named_as_a_place_a_former_seat_is_that_city_not_todays_capital(string text, string published, string surface, string meaning) =>
        Assert.StartsWith(meaning, MeaningOf(Run(text, published), surface), StringComparison.Ordinal);
}
