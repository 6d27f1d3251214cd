namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A judgement or an act in a sentence that names no speaker belongs to the speaker of the quote or interview answer it
/// continues; the judged party of a subject that is no actor is the owner named by its "by" or "of" phrase.
/// </summary>
public class QuoteRunsTests
{
    [Theory]
    // A quote running on into the next sentence.
    [InlineData("“The sanctions will not change our course,” Iranian Foreign Minister Abbas Araghchi said on Monday. “The decision by Washington is unacceptable.”", "111", "IRN", "USA")]
    [InlineData("“We have done nothing wrong,” Venezuelan Foreign Minister Yvan Gil told reporters. “The expulsion of our diplomats by Colombia was illegal.”", "111", "VEN", "COL")]
    [InlineData("“We welcome the agreement,” Kenyan President William Ruto said. “The commitment of Ethiopia was admirable.”", "051", "KEN", "ETH")]
    [InlineData("“Our ports remain open,” Turkish Foreign Minister Hakan Fidan said in Ankara. “We will meet Greece next week.”", "04", "TUR", "GRC")]
    // An interview answer after its speaker's label, up to the next label.
    [InlineData("VOA: How did the talks go? Former German Chancellor Angela Merkel: Much has changed. The position of Moscow was unacceptable.", "111", "DEU", "RUS")]
    [InlineData("Reporter: What did you see in the region? Indian Foreign Minister Subrahmanyam Jaishankar: Much has changed. The conduct of Pakistan was reckless.", "111", "IND", "PAK")]
    [InlineData("VOA: What did you discuss in Seoul? Former U.S. Secretary of State Mike Pompeo: Much has changed. We met South Korea's leaders.", "04", "USA", "KOR")]
    // A later label with only the speaker's surname goes on with the same speaker; the interviewer's label ends the answer.
    [InlineData("Former Dutch Finance Minister Jeroen Dijsselbloem: Much has changed. Interviewer: And Moscow? Dijsselbloem: Plenty. The conduct of Russia was reckless.", "111", "NLD", "RUS")]
    public void A_sentence_continuing_a_quote_or_answer_is_its_speakers(string text, string cameo, string source, string target)
    {
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith(cameo, StringComparison.Ordinal) && EventTestDocuments.Countries(e.Source) == source
            && EventTestDocuments.Countries(e.Target) == target && e.Sentence.Start > 0);
    }

    [Theory]
    // The judged thing's owner, after "by" (its agent) or "of", with the speaker named in the sentence.
    [InlineData("Polish Prime Minister Donald Tusk said the expulsion of the diplomats by Moscow was unacceptable.", "POL", "RUS")]
    [InlineData("Japanese Foreign Minister Takeshi Iwaya said the speech of Wang Yi was provocative.", "JPN", "CHN")]
    [InlineData("Lithuanian President Gitanas Nauseda said the closure of the border by Belarus was a provocation.", "LTU", "BLR")]
    public void The_owner_of_the_judged_thing_is_judged(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // A quote nobody is named for, and narration outside any quote, have no speaker to lend.
    [InlineData("“The decision by Washington is unacceptable.”")]
    [InlineData("Kenya's president spoke in Nairobi on Monday. The position of Uganda was unacceptable.")]
    [InlineData("Former Dutch Finance Minister Jeroen Dijsselbloem: Much has changed. Interviewer: What about Moscow? The conduct of Russia was reckless.")]
    // A speaker named with a colon and a quote is an attribution; the narration after it is no answer of theirs.
    [InlineData("Polish Prime Minister Donald Tusk said: “We are ready.” The traffic was heavy. The roads were icy. Snow fell in Warsaw. The conduct of Belarus was reckless.")]
    public void Without_a_speaker_no_judgement_is_coded(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "ACCUSE" or "SUPPORT");
    }
}
