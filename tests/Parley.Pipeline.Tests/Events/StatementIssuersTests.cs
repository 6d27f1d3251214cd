namespace Parley.Pipeline.Tests.Events;

/// <summary>A definite writing as the subject ("The statement threatened ...") acts for the actor that issued it a few sentences before.</summary>
public sealed class StatementIssuersTests
{
    [Theory]
    [InlineData("Secretary of State Marco Rubio issued a statement on Tuesday. The statement threatened sanctions on Sudan.", "THREATEN", "USA")]
    [InlineData("The foreign ministry of Japan issued a statement late on Friday. The statement urged China to release the detained businessman.", "REQUEST", "JPN")]
    [InlineData("Leaders of the African Union adopted a communique in Addis Ababa. The communique demanded that Sudan end the fighting.", "REQUEST", "IGO")]
    [InlineData("Polish President Andrzej Duda sent a letter to the Lithuanian parliament. The letter praised Lithuania for its support.", "SUPPORT", "POL")]
    [InlineData("A statement from the Kenyan foreign ministry was read on radio. The statement condemned the raid by Somalia.", "ACCUSE", "KEN")]
    [InlineData("Human Rights Watch released a report on Monday. The report accused the Ethiopian army of killing civilians.", "ACCUSE", "NGO")]
    public void A_writing_acts_for_its_issuer(string text, string plover, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    // No issuer named, one named too long before, or a writing named after someone in it ("the Mueller report").
    [InlineData("A statement was read on state television. The statement urged Chad to release the prisoners.")]
    [InlineData("Secretary of State Marco Rubio issued a statement on Tuesday. Rain fell in the capital. Schools closed early in the north. Trains stopped for hours. The statement threatened sanctions on Sudan.")]
    [InlineData("The Mueller report accused Russia of interference.")]
    public void A_writing_without_a_recent_issuer_acts_for_no_one(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "REQUEST" or "THREATEN" or "ACCUSE");
}
