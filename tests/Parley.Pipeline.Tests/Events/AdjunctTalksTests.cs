namespace Parley.Pipeline.Tests.Events;

/// <summary>Talks told by their noun in an adjunct are held between the clause's pair; "the warring sides" are the pair just told.</summary>
public sealed class AdjunctTalksTests
{
    /// <summary>A consultation read by this rule, held both ways between exactly the two countries.</summary>
    private static bool Held(Parley.Core.CodedEvent e, string a, string b) =>
        e.Plover == "CONSULT" && e.Rule.EndsWith("+sides.adjunct", StringComparison.Ordinal)
        && e.Source.Concat(e.Target).Select(x => x.Code.Country).Distinct().Order().SequenceEqual(new[] { a, b }.Order());

    [Theory]
    [InlineData("Chad and Sudan agreed on Monday to reopen their border after three days of talks in Addis Ababa.", "TCD", "SDN")]
    [InlineData("Kenya and Somalia agreed to restore flights after two rounds of talks in Djibouti.", "KEN", "SOM")]
    [InlineData("The presidents of Kenya and Uganda agreed on Friday to end the trade dispute, after a tense meeting in Entebbe.", "KEN", "UGA")]
    [InlineData("The foreign ministers of Peru and Chile agreed to share river data after long talks in Arica.", "PER", "CHL")]
    public void Talks_in_an_adjunct_are_held_between_the_subject_pair(string text, string a, string b) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => Held(e, a, b));

    [Fact]
    public void Talks_between_the_warring_sides_are_held_by_the_pair_just_told() =>
        Assert.Contains(EventTestDocuments.Run("Ethiopia accused Eritrea of shelling its border towns. The first direct talks between the warring sides in a decade opened in Nairobi on Sunday.").Events,
            e => Held(e, "ETH", "ERI"));

    [Theory]
    [InlineData("Ruto called Museveni on Monday. The two leaders agreed to reopen the border after talks in Nairobi on Friday.", "KEN", "UGA")]
    [InlineData("Serbia accused Kosovo of blocking trade. Both sides agreed to lift the barriers following talks in Brussels.", "SRB", "XKX")]
    public void Talks_of_a_subject_naming_both_sides_are_held_by_the_pair_just_told(string text, string a, string b) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => Held(e, a, b));

    [Theory]
    [InlineData("Kenya and Uganda traded charges over the border. After talks in Kampala, both sides agreed to withdraw their police.", "KEN", "UGA")]
    [InlineData("Benin accused Niger of closing the border. Following several rounds of talks by a joint committee, the two governments agreed in March to reopen it.", "BEN", "NER")]
    public void Talks_in_a_fronted_adjunct_are_held_by_the_pair_after_its_comma(string text, string a, string b) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => Held(e, a, b));

    [Theory]
    [InlineData("After the talks, Ghana raised fuel prices.")]
    [InlineData("After talks in Accra last week, officials said the dispute was over.")]
    [InlineData("During the talks, protesters gathered outside the hotel in Cairo.")]
    [InlineData("Kenya secured a new loan after talks with the lenders in Nairobi.")]
    [InlineData("Ghana raised fuel prices after talks in Accra.")]
    [InlineData("Kenya and Somalia restored flights at the start of the talks.")]
    public void Talks_with_their_own_party_a_fronted_adjunct_before_no_pair_a_single_subject_or_another_head_have_no_pair_read(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+sides.adjunct", StringComparison.Ordinal));
}
