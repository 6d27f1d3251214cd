namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A participle set off by a comma after the main clause has the main clause's subject: "Peru recalled its envoy, saying
/// Bolivia had ..." reports the clause after "saying" (its subject is the one judged, the main subject the judge), and
/// "“...,” X told reporters, accusing ..." is the teller's act, not that of the reporters told.
/// </summary>
public class ParticipleSpeakersTests
{
    [Theory]
    [InlineData("Peru issued a diplomatic note, saying Bolivia had abused the immunities of its consulate.", "ACCUSE", "PER", "BOL")]
    [InlineData("Peru recalled its ambassador on Monday, saying the Bolivian decision was a betrayal of the treaty.", "ACCUSE", "PER", "BOL")]
    [InlineData("“We will not be bullied,” Philippine President Ferdinand Marcos Jr. told reporters, accusing China of piracy.", "ACCUSE", "PHL", "CHN")]
    public void The_participle_is_the_main_subjects(string text, string plover, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Fact]
    public void A_reported_clause_after_said_keeps_its_own_reading()
    {
        var events = EventTestDocuments.Run("Peru said Bolivia had abused the immunities of its consulate.").Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == "PER" && EventTestDocuments.Countries(e.Target) == "BOL");
    }
}
