namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Days of national mourning declared by a ruler or government are a symbolic act (017) with no target
/// (data/patterns/events.tsv, support.declare-mourning.v1), in sentences written for this test; mourning that is only
/// mentioned, with no one declaring it, codes nothing of that row.
/// </summary>
public class MourningDeclaredTests
{
    [Theory]
    [InlineData("The Kenyan president declared three days of national mourning after the ferry sank.", "KEN")]
    [InlineData("Peru's government declared Friday a day of national mourning for the miners.", "PER")]
    [InlineData("The Nepali prime minister announced two days of public mourning on Sunday.", "NPL")]
    public void A_declared_mourning_is_a_symbolic_act_without_target(string text, string source)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(x => x.Rule.StartsWith("support.declare-mourning.v1", StringComparison.Ordinal));
        Assert.NotNull(e);
        Assert.Equal(("017", source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
        Assert.Empty(e.Target);
    }

    [Theory]
    [InlineData("Crowds in the Kenyan capital wore black during the mourning for the victims.")]
    [InlineData("The period of mourning in Peru ended on Sunday.")]
    public void Mourning_mentioned_without_a_declaration_codes_nothing_of_the_row(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, x => x.Rule.StartsWith("support.declare-mourning.v1", StringComparison.Ordinal));
    }
}
