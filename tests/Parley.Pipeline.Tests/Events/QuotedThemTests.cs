namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 20: "them" as the object of a speaker's own act ("“We condemn them”", "“We will not negotiate with them”") is the one
/// other state the sentence before named, when the story has told no dealing of the speaker's yet. Stories written for this test.
/// </summary>
public class QuotedThemTests
{
    [Theory]
    [InlineData("Ethiopia has massed troops on the border. \"We condemn them for this provocation,\" Eritrea's information minister said.", "ERI", "ETH")]
    [InlineData("Rwandan troops have crossed into North Kivu. “We will not negotiate with them,” Congo's president said.", "COD", "RWA")]
    [InlineData("Chinese coast guard ships sailed near Scarborough Shoal on Sunday. “We accuse them of bullying our fishermen,” the Philippine foreign secretary said.", "PHL", "CHN")]
    [InlineData("Azerbaijan's army shelled border villages overnight. “We will retaliate against them,” Armenia's defence minister said.", "ARM", "AZE")]
    [InlineData("Serbian police detained three Kosovo officials on Friday. “We demand that Belgrade release them,” Kosovo's prime minister said.", "XKX", "SRB")]
    [InlineData("India test-fired a long-range missile on Monday. “We accuse them of raising tensions,” Pakistan's foreign minister said.", "PAK", "IND")]
    public void Them_in_a_quote_is_the_other_state_just_named(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    // Two other states named before: "them" is not guessed.
    [InlineData("Russia and Belarus held drills near the border. “We condemn them for this provocation,” Lithuania's foreign minister said.", "RUS")]
    [InlineData("Russia and Belarus held drills near the border. “We condemn them for this provocation,” Lithuania's foreign minister said.", "BLR")]
    public void Them_after_several_states_is_not_guessed(string text, string wrong) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+sides.quote", StringComparison.Ordinal) && EventTestDocuments.Countries(e.Target) == wrong);
}
