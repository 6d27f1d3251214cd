namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A participle of saying after a text its clause's verb makes or sends ("adopted a resolution condemning", "sent a note to X
/// demanding"), or after a verb of writing ("wrote to X accusing"), is the author's act; a text the subject only received or
/// rejected is not the subject's.
/// </summary>
public class TextParticiplesTests
{
    [Theory]
    [InlineData("The European Parliament passed a resolution condemning Belarus for the crackdown.", "condemning", "ACCUSE", "IGO", "BLR")]
    [InlineData("Somalia's cabinet adopted a decree accusing Ethiopia of violating its sovereignty.", "accusing", "ACCUSE", "SOM", "ETH")]
    [InlineData("Peru's ambassador has written to the Secretary-General accusing Chile of violating the maritime border.", "accusing", "ACCUSE", "PER", "CHL")]
    // the text's addressee is the one asked when the participle names no one
    [InlineData("Kenya sent a formal note to Uganda on Tuesday demanding compensation for the fishermen.", "demanding", "REQUEST", "KEN", "UGA")]
    // a text owned by its author: the possessor says it
    [InlineData("Trump's post accusing Canada of cheating on dairy angered Ottawa.", "accusing", "ACCUSE", "USA", "CAN")]
    [InlineData("The Kenyan president's letter urging Uganda to reopen the border was delivered on Monday.", "urging", "REQUEST", "KEN", "UGA")]
    public void The_text_s_author_says_it(string text, string participle, string plover, string source, string target)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => document.TextOf(e.Trigger).StartsWith(participle, StringComparison.Ordinal));
        Assert.Equal((plover, source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("The Kenyan minister dismissed a report accusing his ministry of corruption.", "accusing")]
    [InlineData("Georgia's ruling party rejected a resolution condemning the arrests of journalists.", "condemning")]
    [InlineData("Police in Harare fired on supporters carrying banners denouncing President Mnangagwa.", "denouncing")]
    public void A_text_the_subject_did_not_make_is_not_its_saying(string text, string participle)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).StartsWith(participle, StringComparison.Ordinal));
    }
}
