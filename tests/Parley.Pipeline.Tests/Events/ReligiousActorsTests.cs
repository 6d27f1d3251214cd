namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Religious leaders and bodies act for their faith's sector (CAMEO's REL): the Pope and the Holy See for the Vatican, a
/// country's patriarch, mufti, ayatollah or archbishop for that country. The sentences are invented for these tests.
/// </summary>
public class ReligiousActorsTests
{
    [Theory]
    [InlineData("Pope Pius XIII urged Peru and Ecuador to settle their border quarrel peacefully.", "urged", "VATREL")]
    [InlineData("The Vatican criticized Hungary on Tuesday over its new asylum law.", "criticized", "VATREL")]
    [InlineData("The Holy See condemned the bombing of a church in Mosul.", "condemned", "VATREL")]
    [InlineData("Pope Leo XIV appealed to Sudan's generals to let aid reach El Fasher.", "appealed to", "VATREL")]
    [InlineData("Russian Orthodox Patriarch Anatoly Petrov praised the Kremlin for rebuilding the cathedral.", "praised", "RUSREL")]
    [InlineData("Lebanon's Grand Mufti Omar Haddad denounced the Israeli air strikes on Sunday.", "denounced", "LBNREL")]
    [InlineData("Iraqi Grand Ayatollah Hussein al-Radi urged Iraqis to reject the militias.", "urged Iraqis to reject", "IRQREL")]
    [InlineData("The Pope urged Israel on Sunday to let aid trucks into Gaza.", "urged Israel on Sunday to let aid trucks", "VATREL")]
    [InlineData("Archbishop Thomas Wanjiru of Kenya criticized the government over the police killings.", "criticized", "KENREL")]
    public void A_religious_leader_or_body_acts_for_its_church(string text, string trigger, string source)
    {
        var document = EventTestDocuments.Run(text);
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger) == trigger);
        Assert.True(found is not null, $"no event triggered by '{trigger}' in: {string.Join("; ", document.Events.Select(e => document.TextOf(e.Trigger)))}");
        Assert.Equal(source, string.Join(",", found.Source.Select(a => a.Code.Code)));
    }
}
