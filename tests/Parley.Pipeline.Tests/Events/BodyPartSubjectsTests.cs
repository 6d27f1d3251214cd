namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A part of a body named with "of" ("a dissident faction of the former rebels", "the armed wing of the party") acts for that
/// body: the body after "of" is the subject, not an object of a preposition. Sentences invented for these tests.
/// </summary>
public class BodyPartSubjectsTests
{
    [Theory]
    [InlineData("A faction of the ELN threatened on Sunday to kill mayors in Arauca.", "COL")]
    [InlineData("A dissident faction of the former ELN rebels threatened on Sunday to attack mayors in Arauca.", "COL")]
    [InlineData("Remnants of the Taliban attacked a police post in Kunduz on Monday.", "AFG")]
    public void A_part_of_a_body_acts_for_it(string text, string country)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal(country, EventTestDocuments.Countries(best.Source));
    }
}
