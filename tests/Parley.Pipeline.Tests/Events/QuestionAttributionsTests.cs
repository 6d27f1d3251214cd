namespace Parley.Pipeline.Tests.Events;

public sealed class QuestionAttributionsTests
{
    [Theory]
    [InlineData("Kenya's foreign minister spoke on Monday. Who will pay for the war in Somalia, she asked.")]
    [InlineData("Ghana's president spoke to reporters. Why should Ghana cut ties with Togo, he asked.")]
    [InlineData("Mali's junta held a rally. Who armed the rebels in the north, a colonel asked.")]
    [InlineData("Egypt's president spoke in Cairo. Can Ethiopia fill the dam alone, he asked.")]
    [InlineData("Peru's minister met reporters. What will Chile gain from this, the minister wondered.")]
    [InlineData("Chad's leader toured the border. Where are the troops Sudan promised, he asks.")]
    public void A_question_verb_closing_the_sentence_asks_no_one(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");

    [Theory]
    [InlineData("Kenya's foreign minister asked Somalia to release the detained traders.", "SOM")]
    [InlineData("Ghana asked Togo for help, officials said.", "TGO")]
    public void A_question_verb_with_an_object_still_asks(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST" && e.Target.Any(a => a.Code.Country == target));
}
