namespace Parley.Pipeline.Tests.Entities;

/// <summary>After a message noun and "from", a capital is the government that sent it; elsewhere "from" makes it a place.</summary>
public sealed class SentFromTests
{
    [Theory]
    [InlineData("Hanoi turned down an offer from Beijing to share the oil field.", "Beijing=Metonym>China[CHN]")]
    [InlineData("Officials confirmed a letter from Tehran had reached the agency.", "Tehran=Metonym>Iran[IRN]")]
    [InlineData("Kabul welcomed a message from Islamabad on reopening the border.", "Islamabad=Metonym>Pakistan[PAK]")]
    [InlineData("The cabinet studied a proposal from Nairobi for joint patrols.", "Nairobi=Metonym>Kenya[KEN]")]
    [InlineData("Lisbon ignored repeated pleas from Luanda for debt relief.", "Luanda=Metonym>Angola[AGO]")]
    [InlineData("An ultimatum from Moscow gave the garrison two days to leave.", "Moscow=Metonym>Russia[RUS]")]
    public void A_capital_sending_a_message_is_its_government(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Refugees from Kabul crossed into Pakistan on foot.", "Kabul=Metonym")]
    [InlineData("The flight from Lagos landed late.", "Lagos=Metonym")]
    public void Otherwise_from_names_a_place(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
}
