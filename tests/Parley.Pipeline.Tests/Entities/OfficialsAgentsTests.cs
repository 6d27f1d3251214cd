namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "General Pinochet ruled out talks with the opposition": with no place and no country named, a bare domestic agent
/// (opposition, police, rebels) belongs to the one state whose officials the sentence names before it.
/// </summary>
public sealed class OfficialsAgentsTests
{
    [Theory]
    [InlineData("1988-09-01", "General Augusto Pinochet ruled out any talks with the opposition before the vote.", "opposition=Agent>opposition (Chile)[CHLOPP]")]
    [InlineData("2008-06-20", "President Robert Mugabe accused the opposition of plotting with foreign powers.", "opposition=Agent>opposition (Zimbabwe)[ZWEOPP]")]
    [InlineData("2000-03-01", "Vladimir Putin promised that the rebels would be crushed by spring.", "rebels=Agent>rebels (Russia)[RUSREB]")]
    [InlineData("2019-01-10", "Nicolas Maduro ordered the police to clear the roads.", "police=Agent>police (Venezuela)[VENCOP]")]
    [InlineData("1996-05-01", "Alberto Fujimori refused to negotiate with the rebels holding the hostages.", "rebels=Agent>rebels (Peru)[PERREB]")]
    [InlineData("2011-02-01", "Hosni Mubarak blamed the opposition for the unrest.", "opposition=Agent>opposition (Egypt)[EGYOPP]")]
    public void A_bare_domestic_agent_is_the_officials_state(string date, string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))), StringComparison.Ordinal);

    [Theory]
    // officials of two states: no one of them
    [InlineData("2019-01-10", "Marco Rubio and Nicolas Maduro both spoke of the opposition.", "opposition=Agent")]
    public void Officials_of_two_states_name_none(string date, string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))), StringComparison.Ordinal);
}
