namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 53: a demand or a charge addressed to someone named by what they are ("urged the government to", "accused the
/// government of") is aimed at them, not at a state named inside what is asked or charged (AddressedObjects,
/// EventCoder.TargetFinishers.Addressees.cs); and "of" or "for" before a verb in -ing ends an agent's home phrase
/// ("the government of appeasing Moscow" is no government of Russia). Sentences written for these tests.
/// </summary>
public sealed class AddressedObjectsTests
{
    [Theory]
    [InlineData("Latvia's largest farmers' union urged the government to ease tensions with Russia.", "RUS")]
    [InlineData("Austria's opposition Freedom Party accused the government of appeasing Moscow.", "RUS")]
    [InlineData("Chile's main business group criticised the government for courting Beijing.", "CHN")]
    public void A_state_inside_the_complement_is_not_the_one_addressed(string text, string content)
    {
        var events = EventTestDocuments.Run(text).Events.Where(e => e.Plover is "REQUEST" or "ACCUSE").ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain(content, EventTestDocuments.Countries(e.Target), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Latvia's largest farmers' union urged the government to ease tensions with Russia.", "LVA")]
    public void The_unnamed_addressee_is_of_the_source_at_home(string text, string home) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST" && EventTestDocuments.Countries(e.Target) == home);

    [Theory]
    [InlineData("Germany urged Belarus to stop sending migrants to Poland.", "BLR")]
    [InlineData("Japan accused China of harassing its fishing boats.", "CHN")]
    public void A_named_addressee_stays_the_target(string text, string addressee) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover is "REQUEST" or "ACCUSE" && EventTestDocuments.Countries(e.Target).Contains(addressee, StringComparison.Ordinal));

    [Theory]
    [InlineData("Norway expelled a Russian diplomat accused of recruiting a Norwegian official.", "RUS", "NOR")]
    [InlineData("Georgian police detained a group of men suspected of smuggling weapons for Armenia.", "GEO", "ARM")]
    public void A_state_inside_the_charge_hung_on_the_object_is_not_the_target(string text, string acted, string charged)
    {
        var events = EventTestDocuments.Run(text).Events.Where(e => e.Plover is "SANCTION" or "COERCE" or "REDUCE").ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain(charged, EventTestDocuments.Countries(e.Target), StringComparison.Ordinal));
        Assert.Contains(events, e => EventTestDocuments.Countries(e.Target).Contains(acted, StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("Serbia and the European Union held talks in Brussels on Monday. The Serbian president accused foreign-funded groups of using the rallies to topple him.", "SRB")]
    [InlineData("Georgia and the European Union held talks in Brussels on Monday. The Georgian interior ministry accused radical groups of trying to storm the parliament.", "GEO")]
    public void Groups_charged_by_a_state_are_its_own_not_the_story_partner(string text, string home) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Target) == home);

    [Theory]
    [InlineData("Japan and China held talks in Tokyo on Monday. The Japanese government accused Chinese groups of spreading false claims.")]
    [InlineData("Japan and China held talks in Tokyo on Monday. The Japanese government accused foreign groups of spreading false claims.")]
    public void Groups_named_by_a_demonym_or_as_foreign_are_not_read_as_home(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Target) == "JPN");
}
