using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A people or land that later became a state acts, before its independence, for the state it then belonged to: Kosovo for
/// Serbia before 2008, South Sudan for Sudan before 2011, East Timor for Indonesia before 2002, Eritrea for Ethiopia before
/// 1993. The sentences are invented for these tests and dated by their publication day.
/// </summary>
public class PeoplesInHistoryTests
{
    [Theory]
    [InlineData("1998-06-04", "Thousands of Kosovo Albanians protested in Pristina against the closure of their schools.", "protested", "SRB")]
    [InlineData("1999-01-20", "Kosovar rebels attacked a police patrol near Pec on Tuesday.", "attacked", "SRB")]
    [InlineData("2005-03-02", "South Sudanese rebels attacked an army garrison near Malakal on Monday.", "attacked", "SDN")]
    [InlineData("1990-04-11", "Eritrean guerrillas shelled the port of Massawa on Sunday.", "shelled", "ETH")]
    [InlineData("1995-11-14", "East Timorese students protested in Jakarta against the army's killings.", "protested", "IDN")]
    [InlineData("2012-05-08", "South Sudanese troops attacked a Sudanese border post on Monday.", "attacked", "SSD")]
    [InlineData("2010-09-03", "Kosovo's government accused Serbia of stirring unrest in the north.", "accused", "XKX")]
    public void A_people_acts_for_the_state_of_its_land_on_the_day(string published, string text, string trigger, string country)
    {
        var day = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var document = PipelineCatalog.Default.Run(new Article("test", text) { Published = new Publication(day, null, PublishedSource.Option) });
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger) == trigger);
        Assert.True(found is not null, $"no event triggered by '{trigger}' in: {string.Join("; ", document.Events.Select(e => document.TextOf(e.Trigger)))}");
        Assert.Equal(country, string.Join(",", found.Source.Select(a => a.Code.Country).Distinct()));
    }
}
