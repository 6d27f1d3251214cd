namespace Parley.Pipeline.Tests.Events;

/// <summary>A protest at something imposed is aimed at the one who imposed it.</summary>
public sealed class ProtestImposersTests
{
    [Theory]
    [InlineData("Rioters in Caracas looted shops and burned buses on Monday in protest at fuel price rises imposed by the Venezuelan government, police said.", "VEN")]
    [InlineData("Rioters in Lagos looted shops and burned cars in protest at fuel subsidy cuts ordered by the Nigerian government.", "NGA")]
    [InlineData("Rioters in Amman burned tyres and blocked roads in protest at bread price rises decreed by the Jordanian government.", "JOR")]
    [InlineData("Rioters in Quito looted shops and burned tyres in protest at austerity measures announced by Ecuador's government.", "ECU")]
    [InlineData("Rioters in Nairobi looted shops and blocked roads in protest against tax increases passed by Kenya's parliament.", "KEN")]
    [InlineData("Rioters in Dhaka burned buses and blocked roads in protest at job quotas approved by Bangladesh's parliament.", "BGD")]
    public void A_protest_at_what_was_imposed_is_aimed_at_who_imposed_it(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST" && EventTestDocuments.Countries(e.Target) == target);
}
