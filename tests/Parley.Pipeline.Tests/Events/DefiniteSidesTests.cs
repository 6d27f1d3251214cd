namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "the prime ministers", "the three nations", "the leaders": a definite plural noun for states or their heads, with no name
/// of its own, refers to the sides just told, as "they" and "the two" do.
/// </summary>
public sealed class DefiniteSidesTests
{
    [Theory]
    [InlineData("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. The leaders signed a trade pact.", "KEN", "ETH")]
    [InlineData("Mali, Niger and Burkina Faso left the regional bloc in January. The three military-ruled nations accused France of meddling.", "MLI", "NER")]
    [InlineData("Japanese Foreign Minister Takeshi Iwaya met South Korean Foreign Minister Cho Tae-yul in Seoul. The two ministers condemned North Korea over the missile test.", "JPN", "KOR")]
    [InlineData("Egypt and Jordan restored air links on Monday. The governments urged Israel to open the crossings.", "EGY", "JOR")]
    [InlineData("Ghana and Togo reopened their border on Tuesday. The countries also accused smugglers of bribing guards.", "GHA", "TGO")]
    [InlineData("Chile and Peru ended their fishing dispute on Friday. Later, the neighbors criticised Ecuador over its new quotas.", "CHL", "PER")]
    public void A_definite_plural_means_the_sides_just_told(string text, string one, string other)
    {
        var document = EventTestDocuments.Run(text);
        var last = document.Sentences[^1];
        Assert.Contains(document.Events, e => e.Sentence == last.Range
            && e.Source.Concat(e.Target).Any(a => a.Code.Country == one) && e.Source.Concat(e.Target).Any(a => a.Code.Country == other));
    }

    [Theory]
    // a name of their own ("the Gulf states") or nothing told before to refer to
    [InlineData("Qatar hosted the talks on Monday. The Gulf states accused Iran of meddling.", "QAT")]
    [InlineData("The ministers accused Iran of meddling.", "IRN")]
    public void A_named_or_unanchored_plural_is_no_anaphor(string text, string country) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE" && e.Source.Any(a => a.Code.Country == country));
}
