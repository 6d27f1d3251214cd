namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The victim of a state's act told without its agent is read past an aside between the subject and its verb: an
/// apposition or a relative clause set off by commas, or a relative clause with no commas (AsideHeads, +target.victim).
/// </summary>
public class AsideHeadsTests
{
    [Theory]
    // An apposition naming someone Parley cannot code: the name in it is the victim.
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. A former navy commander, Vice Adm. Kojo Mensah Boateng, was also arrested, prosecutors said.", "173", "GHA")]
    // A relative clause set off by commas after a people word: the people word is the victim.
    [InlineData("Nepal has a new cabinet, and Nepal's parliament sits today. Two journalists, who had filmed the clashes, were arrested overnight.", "173", "NPL")]
    // A relative clause with no commas.
    [InlineData("Kenya is counting the votes, and Kenya's courts are ready for appeals. Two journalists who filmed the march were arrested.", "173", "KEN")]
    [InlineData("Peru is in turmoil, and Peru's congress is divided. Two students who had filmed the march in the capital were detained.", "173", "PER")]
    public void The_victim_is_read_past_an_aside(string text, string cameo, string country)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.victim", StringComparison.Ordinal));
        Assert.Equal((cameo, country, country), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.EndsWith("+source.state", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // An agent after "by" is named: no state is supplied, aside or not.
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. A former navy commander, Vice Adm. Kojo Mensah Boateng, was seized by gunmen on Sunday.")]
    // Violence is anyone's: no state source for an attack past an aside.
    [InlineData("Nepal has a new cabinet, and Nepal's parliament sits today. Two journalists, who had filmed the clashes, were attacked overnight.")]
    public void Named_agents_and_attacks_get_no_state(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.state", StringComparison.Ordinal));
    }
}
