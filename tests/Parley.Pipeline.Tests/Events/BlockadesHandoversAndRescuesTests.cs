namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 9 rows from the codebook's meaning: an economic blockade is an embargo (163), barring one's companies from
/// trading with a state sanctions it (163), land handed over or back is returned (0842), bullets sprayed on people fire
/// on them (193), stranded people plucked or winched to safety are rescued (073), and food shipped by the tonne is
/// relief (073). Sentences written for this test.
/// </summary>
public class BlockadesHandoversAndRescuesTests
{
    [Theory]
    [InlineData("Kenya and Tanzania slapped an economic blockade on Burundi after the coup.", "SANCTION", "163", "BDI")]
    [InlineData("Greece imposed a trade embargo on Macedonia in February.", "SANCTION", "163", "MKD")]
    [InlineData("India enforced an oil blockade on Nepal for five months.", "SANCTION", "163", "NPL")]
    [InlineData("Washington banned American companies from trading with Libya.", "SANCTION", "163", "LBY")]
    [InlineData("Britain barred its banks from investing in Burma.", "SANCTION", "163", "MMR")]
    [InlineData("Nigeria handed over the disputed peninsula to Cameroon on Thursday.", "RETREAT", "0842", "CMR")]
    [InlineData("Israel handed back the Sinai to Egypt in 1982.", "RETREAT", "0842", "EGY")]
    [InlineData("Britain handed over the territory to China at midnight.", "RETREAT", "0842", "CHN")]
    public void The_codebook_code_and_target(string text, string plover, string cameo, string target)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Tamil Tiger gunmen sprayed bullets on worshippers at a temple in Kandy.", "ASSAULT", "193")]
    [InlineData("Rebel fighters raked the market with gunfire in Freetown.", "ASSAULT", "193")]
    [InlineData("South African air force helicopters plucked flood victims from rooftops in Mozambique.", "AID", "073")]
    [InlineData("Indian navy helicopters winched stranded villagers to safety in Gujarat.", "AID", "073")]
    [InlineData("The European Union shipped hundreds of thousands of tonnes of grain to Ethiopia.", "AID", "073")]
    [InlineData("Japan donated 20,000 tons of rice to North Korea.", "AID", "073")]
    public void The_codebook_code(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }

    [Theory]
    [InlineData("Kenyan police handed over the suspects to Interpol.", "063")]
    [InlineData("Turkish warships blockaded the port of Famagusta.", "191")]
    public void People_handed_over_and_military_blockades_keep_their_codes(string text, string cameo)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal(cameo, e.Cameo);
    }

    [Theory]
    [InlineData("Chechen gunmen seized a crowded Moscow theatre on Wednesday night.", "ASSAULT")]
    [InlineData("Tamil rebels seized a hospital in Jaffna.", "ASSAULT")]
    [InlineData("Peruvian rebels seized the Japanese embassy in Lima.", "ASSAULT")]
    [InlineData("Protesters seized the ministry building in Kiev.", "PROTEST")]
    [InlineData("Striking miners seized the mine offices in Potosi.", "PROTEST")]
    public void A_building_seized_by_armed_men_is_an_assault_and_by_protesters_a_protest(string text, string plover)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal(plover, e.Plover);
    }
}
