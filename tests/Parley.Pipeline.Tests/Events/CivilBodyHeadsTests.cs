namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "Chile's biggest dockers' union", "Moldova's business association": the generic head of a civil, labour, business,
/// legal, media, health, education or religious body, singular or plural, after a country and its rank words, acts with
/// its own sector and the country's code; the country's government it addresses stays the other side.
/// </summary>
public sealed class CivilBodyHeadsTests
{
    [Theory]
    [InlineData("Uruguay's main trade union demanded that the government raise the minimum wage.", "URYCVL", "URYGOV")]
    [InlineData("Zambia's largest labour union accused the government of ignoring miners.", "ZMBCVL", "ZMBGOV")]
    [InlineData("Ghana's biggest labor union accused the government of ignoring nurses.", "GHACVL", "GHAGOV")]
    [InlineData("Bolivia's powerful indigenous organization warned the government over the lithium contracts.", "BOLCVL", "BOLGOV")]
    [InlineData("Paraguay's national farmers' association criticised the government over land titles.", "PRYCVL", "PRYGOV")]
    [InlineData("Moldova's business association criticised the government over the customs rules.", "MDABUS", "MDAGOV")]
    [InlineData("Zambia's council of churches criticised the government over the new curfew.", "ZMBREL", "ZMBGOV")]
    [InlineData("Pakistan's bar association condemned the government over the judges' transfers.", "PAKJUD", "PAKGOV")]
    [InlineData("Honduras's main students' union rejected the government's tuition plan.", "HNDEDU", "HNDGOV")]
    [InlineData("Malawi's medical association accused the government of failing rural clinics.", "MWIHLH", "MWIGOV")]
    [InlineData("Nepal's journalists' union condemned the government over the broadcast ban.", "NPLMED", "NPLGOV")]
    public void The_body_acts_with_its_sector_against_its_government(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(source, Assert.Single(e.Source).Code.Code);
        Assert.Equal(target, Assert.Single(e.Target).Code.Code);
    }

    [Theory]
    [InlineData("The Sudanese federal army's shelling of the market killed six traders.", "SDNMIL")]
    [InlineData("The Nigerian federal police's raid on the camp left four people dead.", "NGACOP")]
    [InlineData("The Mexican national guard's patrol clashed with gunmen in the hills.", "MEXMIL")]
    public void A_possessive_agent_after_a_nationality_and_an_adjective_keeps_its_sector(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(source, Assert.Single(e.Source).Code.Code);
    }

    [Theory]
    [InlineData("Gabon's military council and the main opposition alliance agreed on Monday to hold a national dialogue.", "GABMIL", "GABOPP")]
    [InlineData("Guinea's junta and the largest protest coalition agreed on Monday to share power until the elections.", "GINMIL", "GINOPP")]
    public void A_rank_word_after_and_keeps_the_next_conjunct(string text, string one, string other)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        var codes = e.Source.Concat(e.Target).Select(a => a.Code.Code).ToHashSet();
        Assert.Contains(one, codes);
        Assert.Contains(other, codes);
    }
}
