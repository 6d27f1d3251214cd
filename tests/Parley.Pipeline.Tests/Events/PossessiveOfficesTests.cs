namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "Turkey's president held talks with Putin": a possessive country whose office is followed by a verb acts itself, even
/// when a person is named later in the sentence; only title words between the possessive and a name make the country that
/// person's description ("China's top diplomat Wang Yi"). The sentences are invented for these tests.
/// </summary>
public class PossessiveOfficesTests
{
    [Theory]
    [InlineData("Turkey's president hosted Putin in Ankara on Monday.", "TUR", "RUS")]
    [InlineData("Egypt's foreign minister telephoned Blinken on Sunday.", "EGY", "USA")]
    [InlineData("Japan's prime minister met Biden at the White House.", "JPN", "USA")]
    [InlineData("Brazil's president criticised Milei over his remarks.", "BRA", "ARG")]
    [InlineData("Kenya's president received Abiy Ahmed in Nairobi on Tuesday.", "KEN", "ETH")]
    [InlineData("Poland's defence minister thanked Lloyd Austin for the tanks.", "POL", "USA")]
    public void A_possessive_office_before_a_verb_acts_for_its_country(string text, string source, string target)
    {
        var found = EventTestDocuments.Best(text);
        Assert.NotNull(found);
        Assert.Equal(source, EventTestDocuments.Countries(found.Source));
        Assert.Equal(target, EventTestDocuments.Countries(found.Target));
    }

    [Theory]
    [InlineData("China's top diplomat Wang Yi met Blinken in Munich.", "Wang Yi")]
    [InlineData("Russia's foreign minister Sergei Lavrov criticised NATO.", "Sergei Lavrov")]
    [InlineData("America's top diplomat, Secretary of State Marco Rubio, flew to Riyadh.", "Marco Rubio")]
    [InlineData("Zimbabwe's war veterans leader Tendai Moyo threatened white farmers on Monday.", "Tendai Moyo")]
    [InlineData("Kenya's trade union leader Tom Otieno threatened a national strike.", "Tom Otieno")]
    public void Title_words_alone_between_make_the_country_the_persons_description(string text, string person)
    {
        var document = EventTestDocuments.Run(text);
        var found = document.Events.MaxBy(e => e.Confidence);
        Assert.NotNull(found);
        Assert.Contains(found.Source, a => document.TextOf(a.Range).EndsWith(person, StringComparison.Ordinal));
        Assert.DoesNotContain(found.Source, a => a.Name is "China" or "Russia" or "United States" or "Zimbabwe" or "Kenya");
    }
}
