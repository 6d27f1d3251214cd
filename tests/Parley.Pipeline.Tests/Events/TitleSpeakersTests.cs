namespace Parley.Pipeline.Tests.Events;

/// <summary>A quote's speaker named by a bare definite title ("the spokesperson said") is the actor last named with that title.</summary>
public sealed class TitleSpeakersTests
{
    [Theory]
    [InlineData("A Kenyan foreign ministry spokesperson criticised the raid on Monday. “We have repeatedly urged Uganda to withdraw its troops,” the spokesperson said.", "REQUEST", "KEN")]
    [InlineData("Foreign Minister Ahmed Attaf of Algeria arrived in Rabat on Tuesday. “We will not accept any pressure from Morocco,” said the minister.", "REJECT", "DZA")]
    [InlineData("Top diplomats of the European Union met in Brussels. “We urge Russia to agree to a ceasefire,” the diplomats said in a statement.", "REQUEST", "IGO")]
    [InlineData("Chilean Ambassador Paula Rojas spoke to reporters in Lima. “We reject the claims of Peru,” the ambassador said.", "REJECT", "CHL")]
    [InlineData("Takeshi Ono, the Japanese defence ministry's spokesman, spoke in Tokyo on Sunday. “We condemn the missile launch by North Korea,” the spokesman told reporters.", "ACCUSE", "JPN")]
    // A quote of two sentences closed by the bare title.
    [InlineData("A U.S. State Department spokesperson voiced sorrow on Friday. “We have urged Haiti to reform its police. The need is urgent,” the spokesperson said.", "REQUEST", "USA")]
    public void A_bare_title_speaks_for_the_actor_named_with_it(string text, string plover, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    // A body named again by its head noun ("the agency", "the ministry"), or a person in apposition with "its" title.
    [InlineData("The UN refugee agency UNHCR opened a camp in Chad. “We urge Sudan to open the border crossings,” the agency said in a statement.", "REQUEST", "IGO")]
    [InlineData("Kenya's foreign ministry summoned the envoy on Monday. “We reject the claims of Somalia,” the ministry said.", "REJECT", "KEN")]
    [InlineData("The Committee to Protect Journalists followed the trial. “We urge Guatemalan authorities to free the publisher,” said Carlos Ruiz, its regional director.", "REQUEST", "NGO")]
    [InlineData("Amnesty International followed the trial. “We urge Egypt to free the blogger,” Carlos Ruiz, its regional director, said.", "REQUEST", "NGO")]
    public void A_body_named_again_or_its_officer_speaks_for_it(string text, string plover, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    // "they" speaking is the plural actor that is the previous sentence's subject.
    [InlineData("Nine senators from the U.S. Congress met on Monday. “We are deeply concerned about the actions of Serbia,” they wrote in a letter.", "ACCUSE", "USA")]
    [InlineData("Nine rights groups followed the trial this week. “We urge Guatemalan authorities to free the publisher,” they said in a joint statement.", "REQUEST", "NGO")]
    [InlineData("Kenya and Uganda signed a trade deal in Kampala. “We urge Sudan to stop the war,” they said.", "REQUEST", "KEN,UGA")]
    [InlineData("Indonesian officials met in Jakarta on Sunday. “We reject the claims of Malaysia,” they told reporters.", "REJECT", "IDN")]
    public void They_speaking_is_the_plural_subject_before(string text, string plover, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    // A singular subject before, or a plural one two sentences back, is not who "they" are.
    [InlineData("Kenyan President William Ruto spoke in Nairobi. “We urge Sudan to stop the war,” they said.")]
    [InlineData("Kenya and Uganda signed a trade deal in Kampala. Rain fell on the city for hours. “We urge Sudan to stop the war,” they said.")]
    public void They_without_a_plural_subject_just_before_speaks_for_no_one(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");

    [Theory]
    // An indefinite title, a title never named before, or one named more than five sentences before, lends no speaker.
    [InlineData("Kenyan President William Ruto spoke in Nairobi. “We have urged Uganda to withdraw its troops,” a spokesperson said.")]
    [InlineData("Kenyan President William Ruto spoke in Nairobi. “We have urged Uganda to withdraw its troops,” the spokesperson said.")]
    [InlineData("Kenyan President William Ruto spoke in Nairobi. “We have urged Uganda to withdraw its troops,” said Amina Odhiambo, a local teacher.")]
    [InlineData("A Kenyan foreign ministry spokesperson spoke in Nairobi on Monday. Heavy rain fell across the region overnight. Several roads were closed by floods. Schools in the west were shut for the week. Markets in the capital emptied early. Buses stopped running at noon. “We have urged Uganda to withdraw its troops,” the spokesperson said.")]
    public void Without_an_earlier_holder_of_the_title_no_speaker_is_lent(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");

    [Theory]
    // Round 33: a plural office ("the officials", "the ministers", "the leaders") speaks for the side named with it,
    // never for the other side named after a possessive ("their Ugandan counterparts").
    [InlineData("Kenyan officials met their Ugandan counterparts in Kampala on Sunday. “We urged Uganda to withdraw its police from the island,” the officials said afterwards.", "REQUEST", "KEN")]
    [InlineData("The foreign ministers of Kenya and Tanzania met in Arusha on Sunday. “We urge Uganda to withdraw its police from the island,” the ministers said.", "REQUEST", "KEN,TZA")]
    [InlineData("Ghanaian officials visited Lome on Friday. “We urge Togo to reopen the border crossing,” the officials told reporters.", "REQUEST", "GHA")]
    // A verb quoted before the attribution ("asked Togo") is not the one that attributes the quote ("told").
    [InlineData("Ghanaian officials visited Lome on Friday. “We have asked Togo to reopen the border crossing,” the officials told reporters.", "REQUEST", "GHA")]
    [InlineData("A Kenyan foreign ministry spokesperson spoke on Monday. “We asked Uganda to withdraw its troops from the island,” the spokesperson said.", "REQUEST", "KEN")]
    public void A_plural_title_speaks_for_the_side_named_with_it(string text, string plover, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);
}
