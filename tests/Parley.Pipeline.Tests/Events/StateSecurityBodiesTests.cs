namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// National police, gendarmerie, paramilitary, intelligence, border and electoral bodies that news names without their
/// country ("the Sindh Rangers", "the Carabinieri", "Sebin") carry it from the knowledge base, with their sector; generic words
/// for such bodies ("the electoral commission", "paramilitary troops", "the presidential guard") are agents that take
/// the country the sentence gives them. The stories are invented for these tests.
/// </summary>
public sealed class StateSecurityBodiesTests
{
    private static (string Source, string Target) Sides(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger) == trigger);
        Assert.True(found is not null, $"no event triggered by '{trigger}' in: {string.Join("; ", document.Events.Select(e => document.TextOf(e.Trigger)))}");
        return (string.Join(",", found.Source.Select(a => a.Code.Code)), string.Join(",", found.Target.Select(a => a.Code.Code)));
    }

    [Theory]
    [InlineData("The Sindh Rangers detained a former provincial minister outside a courthouse on Friday.", "detained", "PAKCOP")]
    [InlineData("The Frontier Corps arrested six suspects near the Afghan border.", "arrested", "PAKCOP")]
    [InlineData("The Border Security Force accused smugglers of firing on its patrol.", "accused", "INDCOP")]
    [InlineData("The Rapid Action Battalion arrested a student leader in a dawn raid.", "arrested", "BGDCOP")]
    [InlineData("Rosgvardia detained dozens of demonstrators in the city centre.", "detained", "RUSCOP")]
    [InlineData("The Carabinieri arrested eleven suspected members of a drug ring on Tuesday.", "arrested", "ITACOP")]
    [InlineData("The General Service Unit fired tear gas at students marching on parliament.", "fired tear gas", "KENCOP")]
    [InlineData("Sebin agents arrested an opposition councillor at his home overnight.", "arrested", "VENSPY")]
    [InlineData("The Ministry of State Security accused a foreign consultancy of stealing trade secrets.", "accused", "CHNSPY")]
    [InlineData("Sedena deployed two thousand soldiers to the northern border last week.", "deployed", "MEXMIL")]
    [InlineData("The Azov brigade accused Russian units of shelling a hospital near the river.", "accused", "UKRMIL")]
    [InlineData("Ambazonian separatists abducted a village chief on the road to the coast.", "abducted", "CMRREB")]
    [InlineData("Naxalites ambushed a police convoy in a forested district, officials said.", "ambushed", "INDREB")]
    [InlineData("The Department of State Services arrested a union leader in the capital.", "arrested", "NGASPY")]
    // a regional state's own force is its country's, not a regional bloc's
    [InlineData("Afar regional forces accused the rebels of looting a clinic near the highway.", "accused", "ETHCOP")]
    // courts and movements of one state only
    [InlineData("A Revolutionary Court sentenced the blogger to eight years in prison.", "sentenced the blogger to eight years", "IRNJUD")]
    [InlineData("The SPLM-IO accused government troops of shelling its positions along the river.", "accused", "SSDREB")]
    public void A_national_body_named_without_its_country_carries_it(string text, string trigger, string source) =>
        Assert.Equal(source, Sides(text, trigger).Source);

    [Fact]
    public void A_bare_name_many_bodies_share_is_no_national_body()
    {
        // "Rangers" alone is as often a football club as Pakistan's paramilitary force: only a longer name says which
        var (source, _) = Sides("Rangers fans clashed with riot police in Glasgow after the cup final.", "clashed");
        Assert.DoesNotContain("PAK", source, StringComparison.Ordinal);
    }

    [Theory]
    // a shared name the knowledge base leaves to the sentence: the generic word takes the country named with it
    [InlineData("Chile's electoral commission rejected the opposition's request for a recount.", "rejected", "CHLGOV")]
    [InlineData("Guinea's presidential guard arrested the interior minister at his office.", "arrested", "GINMIL")]
    [InlineData("Peru's national police arrested four suspects over the bombing.", "arrested", "PERCOP")]
    [InlineData("Libyan coastguards detained dozens of migrants at sea.", "detained", "LBYMIL")]
    [InlineData("Coup leaders in Gabon detained the president's son at the palace.", "detained", "GABMIL")]
    [InlineData("Ghana's central bank accused commercial lenders of hoarding dollars.", "accused", "GHAGOV")]
    public void A_generic_body_word_takes_the_country_named_with_it(string text, string trigger, string source) =>
        Assert.Equal(source, Sides(text, trigger).Source);

    [Theory]
    [InlineData("Kenya's opposition accused the IEBC of tampering with the tally.", "accused", "KEN", "KENGOV")]
    [InlineData("Rights groups accused the Bolivarian National Guard of beating protesters in Caracas.", "accused", "NGO", "VENCOP")]
    public void A_national_body_is_a_target_with_its_country(string text, string trigger, string source, string target)
    {
        var (s, t) = Sides(text, trigger);
        Assert.StartsWith(source, s);
        Assert.Equal(target, t);
    }
}
