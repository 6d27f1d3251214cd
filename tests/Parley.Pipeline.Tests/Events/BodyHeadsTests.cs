namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "X, head of the Spirits Council of the United States, said": a person the knowledge base lacks, introduced as the head of
/// a body (head, chief, chair, director, president, founder) speaks for that body, in the country its name or words place it.
/// </summary>
public sealed class BodyHeadsTests
{
    [Theory]
    [InlineData("Carl Denton, head of the Spirits Council of the United States, urged Europe to drop the levy.", "USA")]
    [InlineData("Maria Lindqvist, chair of the Swedish Forest Industries Federation, criticised Finland over the tariffs.", "SWE")]
    [InlineData("Amara Diallo, executive director of a Senegalese farmers' union, accused Mali of blocking trucks.", "SEN")]
    [InlineData("Daniel Cho, chairman of the South Korean Steel Association, criticised Japan over the quotas.", "KOR")]
    [InlineData("Ana Costa, president of the Brazilian Coffee Exporters Council, welcomed China's decision.", "BRA")]
    [InlineData("Tom Reilly, founder of the Irish Farmers Alliance, condemned Britain's new rules.", "IRL")]
    public void The_head_of_a_placed_body_speaks_for_its_country(string text, string country) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) == country);

    [Theory]
    [InlineData("Jean Baptiste, the leader of a gang in Haiti, attacked a police station on Monday.", "HTI")]
    [InlineData("Ali Musa, the chief of a militia in Sudan, attacked a police station on Monday.", "SDN")]
    public void The_head_of_an_armed_body_takes_its_sector(string text, string country) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Code.Country == country && a.Code.Sector == "REB"));

    [Theory]
    // the words before the body name a trade first, not only its head
    [InlineData("Ravi Nair, a banker and founder of the Indian Growth Council, criticised Pakistan over the tariffs.")]
    [InlineData("Carl Denton, head of the research team, criticised Kenya over the tariffs.")]
    [InlineData("Maria Lindqvist, director of the choir, praised Kenya for the festival.")]
    public void A_trade_first_or_an_unplaced_body_gives_no_country(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Code.Country is { Length: 3 } c && c != "---"));
}
