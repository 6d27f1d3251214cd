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
    // A quote of several sentences is the speaker's named where it closes, from its first sentence on.
    [InlineData("“We will not hesitate to impose sanctions on Sudan. Our patience has limits,” Kenyan President William Ruto said.", "THREATEN", "KEN")]
    [InlineData("“We reject the ultimatum from Moscow. Our answer is final,” Finnish Foreign Minister Elina Valtonen told reporters.", "REJECT", "FIN")]
    [InlineData("“I welcome the decision of Ghana. It opens a new chapter. We will build on it,” said Nigerian President Bola Tinubu.", "SUPPORT", "NGA")]
    [InlineData("“We condemn the strikes on Kharkiv. Nothing can justify them,” Polish Prime Minister Donald Tusk said on Sunday.", "ACCUSE", "POL")]
    [InlineData("“We urge Israel to open the crossings. Aid cannot wait,” Egyptian Foreign Minister Badr Abdelatty said.", "REQUEST", "EGY")]
    // A new quote is its own speaker's, not the one of the quote before it.
    [InlineData("“Trade is up,” Japanese Prime Minister Shigeru Ishiba said. “We demand that China lift its ban on seafood. Talks must resume,” South Korean President Lee Jae-myung said.", "REQUEST", "KOR")]
    public void A_quote_is_its_speakers_from_its_first_sentence(string text, string plover, string source)
    {
        var document = EventTestDocuments.Run(text);
        // The act is told in a sentence before the one that names the speaker.
        var attributed = text.LastIndexOf('”');
        Assert.Contains(document.Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source && e.Sentence.End < attributed);
    }

    [Theory]
    // An actor named inside the quote, before its closing mark, is not who speaks it; nor is an uncoded speaker replaced.
    [InlineData("“We will not hesitate to impose sanctions on Sudan. Nobody trusts Ethiopia,” a resident said.")]
    [InlineData("“We demand that Chad release the prisoners. So does Niger,” an activist told reporters.")]
    public void A_speaker_named_inside_the_quote_does_not_speak_it(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Count > 0);
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
