namespace Parley.Pipeline.Tests.Events;

/// <summary>An act in a sentence-opening phrase ("Following talks with ...,") is the main clause subject's; a visit is to its host.</summary>
public class IntroPhrasesTests
{
    [Theory]
    [InlineData("Following talks with Kenyan President William Ruto, Ethiopian Prime Minister Abiy Ahmed flew home.", "CONSULT", "ETH,KEN", "ETH,KEN")]
    [InlineData("After a phone call with Vladimir Putin, Donald Trump said the war would end soon.", "CONSULT", "USA,RUS", "USA,RUS")]
    [InlineData("In announcing new sanctions on Venezuela, Secretary of State Marco Rubio said the election was stolen.", "SANCTION", "USA", "VEN")]
    [InlineData("During a visit to Hanoi on Monday, Indonesia's president signed a fisheries deal.", "CONSULT", "IDN", "VNM")]
    public void The_opening_phrase_act_is_the_main_subject_s(string text, string plover, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // A hostile act in the opening phrase is what the subject answers, not its own.
    [InlineData("After the attack on the army base, Nigeria deployed troops to the north.", "NGA")]
    [InlineData("Following an ambush on a police convoy, Kenya closed the border with Somalia.", "KEN")]
    public void A_hostile_act_in_the_opening_phrase_is_not_the_subject_s(string text, string subject) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Source.Any(a => a.Code.Country == subject));

    [Theory]
    [InlineData("Ethiopian Prime Minister Abiy Ahmed flew to Cairo on Monday.", "ETH", "EGY")]
    [InlineData("An Indian warship paid a visit to Port Louis, the capital of Mauritius.", "IND", "MUS")]
    public void A_visit_abroad_is_to_the_host_country(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT");
        Assert.Equal(("042", source, target), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void A_trip_at_home_has_no_host()
    {
        var e = Assert.Single(EventTestDocuments.Run("Pakistan's prime minister flew to Quetta on Thursday.").Events);
        Assert.Empty(e.Target);
    }
}
