using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A body whose role changed on a known day is coded with its role on the event's date (data/organisation-periods.tsv):
/// the Taliban rebel before 1996 and between 2001 and 2021 and govern otherwise; the Sandinistas fight, govern, oppose and
/// govern again. The sentences are invented for these tests and dated by their publication day.
/// </summary>
public class OrganisationPeriodsTests
{
    [Theory]
    [InlineData("2009-07-14", "The Taliban attacked a police post in Kandahar on Monday.", "attacked", "AFGREB")]
    [InlineData("1998-08-10", "The Taliban accused Iran of arming their northern enemies.", "accused", "AFGGOV")]
    [InlineData("2023-02-02", "The Taliban arrested two journalists in Kabul on Thursday.", "arrested", "AFGGOV")]
    [InlineData("1978-10-05", "Sandinista guerrillas attacked a National Guard barracks in Masaya.", "attacked", "NICREB")]
    [InlineData("1985-03-12", "The Sandinistas accused Washington of arming the Contra rebels.", "accused", "NICGOV")]
    [InlineData("1987-06-03", "The Sandinista government rejected a truce offer from the Contra rebels.", "rejected", "NICGOV")]
    [InlineData("1996-05-21", "The Sandinistas accused the government of rigging the vote count.", "accused", "NICOPP")]
    [InlineData("2014-03-03", "The SPLA attacked rebel positions near Bor on Sunday.", "attacked", "SSDGOV")]
    [InlineData("2020-02-11", "The Rapid Support Forces arrested dozens of protesters in Khartoum.", "arrested", "SDNMIL")]
    [InlineData("2024-01-09", "The Rapid Support Forces attacked an army base near El Obeid.", "attacked", "SDNREB")]
    [InlineData("2019-04-02", "The FARC accused the government of killing its former fighters.", "accused", "COLOPP")]
    [InlineData("2023-06-12", "FARC rebels kidnapped two soldiers in Cauca on Sunday.", "kidnapped", "COLREB")]
    public void A_body_acts_with_its_role_on_the_day(string published, string text, string trigger, string code)
    {
        var day = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var document = PipelineCatalog.Default.Run(new Article("test", text) { Published = new Publication(day, null, PublishedSource.Option) });
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger) == trigger);
        Assert.True(found is not null, $"no event triggered by '{trigger}' in: {string.Join("; ", document.Events.Select(e => document.TextOf(e.Trigger)))}");
        Assert.Contains(code, found.Source.Select(a => a.Code.Code));
    }
}
