namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 18: "charged X with a deed" indicts (CAMEO 173) only when a state's own government, courts, prosecutors or police
/// charge people of that state; a rights group, a party, a newspaper, a rebel group or a foreign state charging someone with a
/// deed accuses (ACCUSE 112). Sentences written for this test.
/// </summary>
public class ChargesByWhomTests
{
    [Theory]
    [InlineData("Human Rights Watch charged two Syrian generals with ordering the massacre.", "NGO", "SYR")]
    [InlineData("Kenyan opposition leaders charged the Kenyan finance minister with stealing aid money.", "KEN", "KEN")]
    [InlineData("Washington charged a Cuban diplomat with spying on exiles.", "USA", "CUB")]
    [InlineData("Pakistan on Monday charged an Indian pilot with bombing a village in Kashmir.", "PAK", "IND")]
    [InlineData("The United Nations charged Serbian commanders with shelling civilians in Sarajevo.", "IGO", "SRB")]
    [InlineData("Amnesty International charged a Turkish governor with covering up the killings.", "NGO", "TUR")]
    public void Charging_by_one_who_cannot_indict_accuses(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover is "ACCUSE" or "COERCE");
        Assert.Equal(("ACCUSE", "112", source, target), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Kenyan police charged three Kenyan students with arson on Friday.")]
    [InlineData("Egyptian prosecutors charged the Egyptian journalist with spreading false news.")]
    [InlineData("A Turkish court charged the mayor of Istanbul with corruption.")]
    public void Charging_by_a_state_at_home_indicts(string text)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover is "ACCUSE" or "COERCE");
        Assert.Equal(("COERCE", "173"), (e.Plover, e.Cameo));
    }
}
