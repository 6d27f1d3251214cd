using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Civilians named by their work or home plus a place ("coal miners across the Kuzbass", "residents of Gaza City",
/// "workers at the Gdansk shipyard") act for the place's country in their own sector; civilians named by a class they
/// merely belong to ("children in Sudan") stay uncoded, and "at" a venue is no agent's home.
/// </summary>
public sealed class ActingCiviliansTests
{
    [Theory]
    [InlineData("Coal miners across the Kuzbass walked off the job on Monday.", "miners", "RUSCVL")]
    [InlineData("Residents of Gaza City accused the army of shelling their street.", "Residents", "PSECVL")]
    [InlineData("Workers at the Gdansk shipyard downed tools over food prices.", "Workers", "POLCVL")]
    [InlineData("Farmers in Karnataka blocked the highway with tractors.", "Farmers", "INDCVL")]
    [InlineData("Villagers near Mosul and tribesmen in Anbar province demanded compensation.", "tribesmen", "IRQCVL")]
    [InlineData("Dock workers throughout Chile went on strike for a pension deal.", "Dock workers", "CHLCVL")]
    [InlineData("Taxi drivers in Nairobi blocked roads to protest fuel prices.", "Taxi drivers", "KENCVL")]
    [InlineData("Shopkeepers in Kandahar refused to pay the new levy.", "Shopkeepers", "AFGCVL")]
    public void A_working_or_resident_group_with_a_place_acts_for_its_country(string text, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.CodeOf(text, words));

    [Theory]
    [InlineData("Children in Sudan need food aid, the agency said.", "Children")]
    [InlineData("Passengers in Lagos waited hours for the delayed flight.", "Passengers")]
    [InlineData("Victims of the floods in Sindh received tents.", "Victims")]
    public void A_class_of_civilians_stays_uncoded(string text, string words) =>
        Assert.Equal("none", EntityTestDocuments.CodeOf(text, words));

    [Theory]
    [InlineData("A suicide bomber at an election rally in Colombo killed nine people.", "suicide bomber")]
    [InlineData("Gunmen at a checkpoint outside Peshawar opened fire on a bus.", "Gunmen")]
    [InlineData("Soldiers at the border crossing with Gaza fired tear gas.", "Soldiers")]
    public void At_a_venue_is_no_home_for_other_agents(string text, string words)
    {
        var document = EntityTestDocuments.Run(text);
        foreach (var m in document.Mentions)
            if (document.TextOf(m.Range).StartsWith(words, StringComparison.Ordinal))
                Assert.DoesNotContain(" at ", document.TextOf(m.Range), StringComparison.Ordinal);
    }
}
