namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Violence told as a war's origin ("the war began when ...") or as a running toll ("has since killed") is background,
/// not the story's act; the same violence told as news is coded.
/// </summary>
public class ViolenceOriginsAndTollsTests
{
    [Theory]
    [InlineData("Sudanese and Chadian envoys met in Geneva on Monday. The war began when Sudanese rebels stormed El Geneina in 2019, killing hundreds of soldiers and seizing dozens of hostages.")]
    [InlineData("Armenian and Azerbaijani diplomats met in Vienna on Monday. The conflict broke out after Azerbaijani troops shelled Armenian villages in 2020.")]
    [InlineData("Ethiopian and Eritrean officials met in Nairobi on Monday. The crisis erupted when Ethiopian forces attacked Eritrean border posts three years ago.")]
    [InlineData("Mediators met Sudanese officials in Jeddah on Sunday. The Sudanese army's offensive has since killed more than 9,000 people, the U.N. says.")]
    public void Violence_told_as_an_origin_or_a_running_toll_is_background(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    [Theory]
    [InlineData("Nigerian officials met in Abuja on Monday. Boko Haram fighters carried out 212 attacks in 2024, a report said.")]
    [InlineData("Malian officials met in Bamako on Monday. Jihadist groups launched hundreds of attacks last year.")]
    public void A_count_of_attacks_over_a_year_is_a_statistic(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    [Fact]
    public void A_few_attacks_told_as_news_are_coded() =>
        Assert.Contains(EventTestDocuments.Run("Nigerian officials met in Abuja on Monday. Boko Haram fighters carried out two attacks on army posts in Borno on Tuesday.").Events, e => e.Plover == "ASSAULT");

    [Fact]
    public void Occupying_a_grey_area_seizes_nothing() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Under the old law, Kenyan traders occupied a grey area between citizens and foreigners.").Events, e => e.Cameo == "192");

    [Theory]
    [InlineData("Sudanese and Chadian envoys met in Geneva on Monday. Sudanese rebels stormed El Geneina on Tuesday, killing 12 soldiers.")]
    [InlineData("Armenian and Azerbaijani diplomats met in Vienna on Monday. Azerbaijani troops shelled Armenian villages on Tuesday.")]
    public void The_same_violence_told_as_news_is_coded(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");
}
