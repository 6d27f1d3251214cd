namespace Parley.Pipeline.Tests.Entities;

using Parley.Pipeline.Tests.Events;

/// <summary>
/// Aid or relief agencies that no state, UN or other capitalised word owns are charities (CAMEO's NGO) wherever they work;
/// owned ones ("U.N. aid agencies", "government relief agencies") are not read so.
/// </summary>
public class AidAgenciesTests
{
    [Theory]
    [InlineData("Aid agencies working in Darfur urged the Sudanese government to lift its restrictions.")]
    [InlineData("Relief agencies accused the Ethiopian army of blocking food convoys.")]
    [InlineData("The aid agencies criticized Israel for closing the crossings into Gaza.")]
    [InlineData("Foreign aid agencies demanded that Myanmar's junta let them into the delta.")]
    [InlineData("Several relief agencies condemned Eritrea for expelling their staff.")]
    [InlineData("International aid agencies urged Pakistan to open the roads to the quake zone.")]
    public void Unowned_aid_agencies_are_non_governmental(string text)
    {
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) == "NGO");
    }

    [Theory]
    [InlineData("U.N. aid agencies urged the Sudanese government to lift its restrictions.")]
    [InlineData("Government relief agencies accused the Ethiopian rebels of blocking food convoys.")]
    public void Owned_agencies_are_not_charities(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) == "NGO");
    }
}
