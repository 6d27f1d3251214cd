namespace Parley.Pipeline.Tests.Events;

/// <summary>Help asked of, pressure bowed to, or offers refused from the world at large have the international community (IGO) as the other side.</summary>
public class WorldSidesTests
{
    [Theory]
    [InlineData("Haitian President Rene Preval appealed for international aid after the earthquake.", "REQUEST")]
    [InlineData("Bangladeshi Prime Minister Sheikh Hasina appealed for international help on Monday after floods.", "REQUEST")]
    [InlineData("The Sri Lankan government asked for international assistance to cope with the floods.", "REQUEST")]
    [InlineData("Myanmar's junta rejected international offers of help.", "REJECT")]
    [InlineData("Nepal's prime minister called for foreign assistance after the landslides.", "REQUEST")]
    [InlineData("Malawi's president bowed to international pressure on Friday.", "CONCEDE")]
    public void Help_or_pressure_from_the_world_is_the_international_community_s(string text, string plover)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Plover == plover && e.Target.Count == 1 && e.Target[0].Code.Country == "IGO");
    }

    [Theory]
    [InlineData("Pakistan appealed for Chinese help after the floods.")]
    [InlineData("The United Nations appealed for international aid for Sudan.")]
    [InlineData("Kenya's president rejected the proposal, saying international aid was welcome.")]
    public void A_named_helper_an_international_source_or_another_clause_gives_no_world_side(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Target.Any(t => t.Code.Country == "IGO"));
    }
}
