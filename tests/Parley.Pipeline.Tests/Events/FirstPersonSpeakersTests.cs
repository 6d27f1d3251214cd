namespace Parley.Pipeline.Tests.Events;

/// <summary>"I" and "we" in a quote are its speaker, never another actor their clause names.</summary>
public sealed class FirstPersonSpeakersTests
{
    [Theory]
    [InlineData("\"We condemn Israel and we will reject the plan,\" Iran's foreign minister said.", "REJECT", "IRN")]
    [InlineData("\"I ask the junta to free the prisoners and reiterate my willingness to go to Myanmar,\" the U.N. envoy said.", "AGREE", "IGO")]
    [InlineData("Armenia's prime minister said, we are open for dialogue without preconditions.", "AGREE", "ARM")]
    [InlineData("\"We thank Japan and we will reject any pressure,\" South Korea's president said.", "REJECT", "KOR")]
    [InlineData("\"We thank Egypt and we reject the proposal,\" Israel's defence minister said.", "REJECT", "ISR")]
    [InlineData("Kenya's president said, we are ready for talks with the rebels.", "AGREE", "KEN")]
    public void A_first_person_subject_in_a_quote_is_its_speaker(string text, string plover, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    [InlineData("\"We condemn Israel and we reject the occupation,\" a minister said.", "ISR")]
    [InlineData("\"We thank Japan and we will never accept the deal,\" an official said.", "JPN")]
    public void An_untold_speaker_is_not_replaced_by_the_actor_the_quote_names(string text, string wrong) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "REJECT" && EventTestDocuments.Countries(e.Source) == wrong);
}
