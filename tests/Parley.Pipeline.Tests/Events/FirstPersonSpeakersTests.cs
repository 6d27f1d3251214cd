namespace Parley.Pipeline.Tests.Events;

/// <summary>"I" and "we" in a quote are its speaker, never another actor their clause names.</summary>
public sealed class FirstPersonSpeakersTests
{
    [Theory]
    [InlineData("\"We condemn Israel and we will reject the plan,\" Iran's foreign minister said.", "REJECT", "IRN")]
    [InlineData("\"I urge the Taliban to reverse their decision and reiterate my willingness to travel to Afghanistan,\" the U.N. envoy said.", "AGREE", "IGO")]
    [InlineData("Taiwan's president said, we are open for dialogue on the basis of mutual respect.", "AGREE", "TWN")]
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
