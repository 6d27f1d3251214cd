using Parley.Pipeline.Tests.Events;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// The country a story's dateline names counts twice for the story's country, so a bare body ("lawmakers") in a story filed
/// from Kampala that names Congo a little more often is Uganda's (a story written for these tests).
/// </summary>
public sealed class DatelineCountryTests
{
    private const string Story =
        "Congo's army said on Monday that rebels had attacked a border post near Bunagana.\n\n"
        + "Congo's government blamed Rwanda for the raid, and Congo asked the African Union for help.\n\n"
        + "On Tuesday, lawmakers condemned the government's handling of the refugee camps.";

    [Theory]
    [InlineData("KAMPALA, Uganda — ", "UGA")]
    [InlineData("", "COD")]
    public void A_bare_body_takes_the_dateline_country_unless_another_is_named_clearly_more(string dateline, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(dateline + Story).Events, e => e.Rule.StartsWith("accuse.criticize", StringComparison.Ordinal));
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }
}
