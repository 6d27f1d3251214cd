using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A place lies in the state that held it on the article's day: a town of Kosovo is Serbian before 2008, one of South
/// Sudan Sudanese before 2011, one of East Timor Indonesian before 2002, one of Eritrea Ethiopian before 1993; after
/// those days it is the new state's. Targets and venues taken from the place follow. The sentences are invented.
/// </summary>
public class PlacesInHistoryTests
{
    [Theory]
    [InlineData("1998-08-12", "Serbian police shelled villages near Pristina on Tuesday.", "shelled", "SRB")]
    [InlineData("2001-02-06", "Rebels shelled the town of Yei on Sunday, aid workers said.", "shelled", "SDN")]
    [InlineData("1999-05-03", "Militiamen attacked Dili on Friday, burning dozens of homes.", "attacked", "IDN")]
    [InlineData("1988-03-09", "Ethiopian jets bombed the port of Massawa on Monday, rebel radio said.", "bombed", "ETH")]
    [InlineData("2009-10-21", "Gunmen raided a market in Juba on Monday night.", "raided", "SDN")]
    [InlineData("2015-06-30", "Gunmen raided a market in Juba on Monday night.", "raided", "SSD")]
    [InlineData("2019-04-02", "Serbian nationalists rallied in Prizren on Saturday.", "rallied", "XKX")]
    public void A_place_belongs_to_the_state_that_held_it_on_the_day(string published, string text, string trigger, string country)
    {
        var day = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var document = PipelineCatalog.Default.Run(new Article("test", text) { Published = new Publication(day, null, PublishedSource.Option) });
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger) == trigger);
        Assert.True(found is not null, $"no event triggered by '{trigger}' in: {string.Join("; ", document.Events.Select(e => document.TextOf(e.Trigger)))}");
        var codes = found.Target.Select(a => a.Code.Country).Append(found.Place?.Country).OfType<string>().Distinct();
        Assert.Equal(country, string.Join(",", codes));
    }

    [Theory]
    [InlineData("1996-02-14", "Pristina", "SRB")]
    [InlineData("2016-02-14", "Pristina", "XKX")]
    [InlineData("1990-07-01", "Asmara", "ETH")]
    [InlineData("1994-07-01", "Asmara", "ERI")]
    public void The_place_itself_is_coded_in_the_state_of_the_day(string published, string town, string country)
    {
        var day = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var document = PipelineCatalog.Default.Run(new Article("test", $"Talks resumed in {town} on Monday.") { Published = new Publication(day, null, PublishedSource.Option) });
        var place = Assert.Single(document.Places, p => document.TextOf(p.Range) == town);
        Assert.Equal(country, place.Where.Country);
    }

    [Theory]
    [InlineData("1998-05-01", "Police in Pristina arrested ten students.", "Police in Pristina", "SRB")]
    [InlineData("1999-08-20", "Protesters in Dili burned tyres.", "Protesters in Dili", "IDN")]
    [InlineData("2004-02-11", "Rebels near Juba ambushed a convoy.", "Rebels", "SDN")]
    [InlineData("2013-02-11", "Rebels near Juba ambushed a convoy.", "Rebels", "SSD")]
    public void People_placed_there_are_of_that_state_in_the_entity_list(string published, string text, string phrase, string country)
    {
        var day = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var document = PipelineCatalog.Default.Run(new Article("test", text) { Published = new Publication(day, null, PublishedSource.Option) });
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == phrase);
        Assert.Equal(country, document.Entities[mention.Entity].Actor?.Country);
    }
}
