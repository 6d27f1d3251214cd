namespace Parley.Pipeline.Tests.Events;

public sealed class AnaphorBindingTests
{
    [Theory]
    [InlineData("Western leaders met to discuss threats posed by China, Russia and Iran. They called on China to reduce its nuclear arsenal.", "CHN,RUS,IRN")]
    [InlineData("Diplomats worried about drills held by Russia, Belarus and Iran. They urged Russia to withdraw its troops.", "RUS,BLR,IRN")]
    [InlineData("Analysts tracked arms flows from Iran, Russia and North Korea. They pressed Iran to stop the shipments.", "IRN,RUS,PRK")]
    [InlineData("NATO ministers reviewed moves by Serbia, Hungary and Russia. They asked Serbia to recognise the border.", "SRB,HUN,RUS")]
    public void A_pronoun_subject_is_not_a_group_that_holds_its_own_target(string text, string earlier) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => earlier.Split(',').Contains(a.Code.Country)));

    [Theory]
    [InlineData("The summit discussed challenges posed by China, North Korea and Russia. The foreign ministers also restated their concerns, strongly opposing any attempt to change borders by force.", "CHN,PRK,RUS")]
    [InlineData("The talks weighed pressure from Iran, Syria and Hezbollah. The envoys reaffirmed their commitment, firmly rejecting any threats.", "IRN,SYR,LBN")]
    [InlineData("The forum heard complaints about Turkey, Iran and Syria. The delegates voiced their objections, sharply criticising the raids.", "TUR,IRN,SYR")]
    [InlineData("The meeting reviewed sanctions on Russia, Iran and Venezuela. The ministers renewed their pledge, firmly opposing any easing.", "RUS,IRN,VEN")]
    public void Their_after_a_plural_noun_subject_belongs_to_that_subject(string text, string earlier) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => earlier.Split(',').Contains(a.Code.Country)));

    [Theory]
    [InlineData("Egypt and Jordan signed a water deal on Monday. They also agreed to hold talks on trade next month.", "EGY")]
    [InlineData("Kenya and Uganda resumed border talks. Both pledged to reopen the crossing.", "KEN")]
    public void A_pronoun_for_the_last_pair_still_acts_when_its_target_is_another(string text, string country) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Trigger.Start > text.IndexOf('.') && e.Source.Concat(e.Target).Any(a => a.Code.Country == country));
}
