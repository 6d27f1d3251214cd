namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A past speech act joined by "and" after a reported clause whose subject no actor names ("said the plan aims to ... and
/// urged") is the reporter's second act, asserted whatever the reported clause's mood; a reported clause with an actor of
/// its own is left to the subject rules.
/// </summary>
public class ConjoinedReportersTests
{
    [Theory]
    [InlineData("Ruto said the new levy would raise revenue and accused Uganda of blocking Kenyan trucks.", "KEN", "UGA")]
    [InlineData("Lula said the reform aims to cut poverty and resources and also urged Argentina to lower its tariffs.", "BRA", "ARG")]
    [InlineData("Ruto said the build-up included an “unusual number” of tanks and accused Uganda of provocation.", "KEN", "UGA")]
    [InlineData("Ruto said the raid had destroyed Somali militia camps and accused Uganda of sheltering the militia.", "KEN", "UGA")]
    public void The_reporter_does_the_conjoined_speech_act(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target
            && e.Factuality == Parley.Core.Factuality.Asserted);
    }

    [Theory]
    // a body's organ named in lower-case words after the body reports for it
    [InlineData("The United Nations children's agency said it was worried by the floods and urged Malawi to open more shelters.", "IGO", "MWI")]
    [InlineData("The European Union election office said the count was slow and urged Bolivia to publish the tallies.", "IGO", "BOL")]
    public void A_body_s_organ_reports_for_the_body(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "REQUEST" && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Fact]
    public void A_present_verb_is_not_conjoined_to_the_past_report()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("Ruto said the new levy raises revenue and urges Uganda to lower its tariffs.").Events,
            e => EventTestDocuments.Countries(e.Source) == "KEN");
    }

    [Theory]
    // an apposition set off by commas between the reporter and its verb tells who the reporter is
    [InlineData("Amina Diallo, the African Union envoy for Sudan, said the truce showed what dialogue could achieve and urged Chad to reopen its border.", "IGO", "TCD")]
    [InlineData("Lula, the president of Brazil, said the summit proved useful and accused Venezuela of stalling the vote.", "BRA", "VEN")]
    public void A_reporter_set_off_by_an_apposition_does_the_conjoined_speech_act(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Fact]
    public void An_opening_phrase_before_the_comma_is_no_reporter()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("In Brasilia, the capital of Brazil, officials said the summit proved useful and accused Venezuela of stalling the vote.").Events,
            e => EventTestDocuments.Countries(e.Source) == "BRA" && e.Plover == "ACCUSE");
    }
}
