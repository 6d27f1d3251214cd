namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The organ a body speaks through ("the army's spokesman", "the court's media office") has no name of its own: the bare
/// institution that owns it acts, as the story country's, or as the one state whose bodies of its sector the story named.
/// </summary>
public sealed class BodyOrgansTests
{
    [Theory]
    [InlineData("Peru's army cleared a road near Cusco, and Peruvian soldiers guarded Peru's highlands. The army's spokesman accused the miners of blocking the road.", "ACCUSE", "PERMIL")]
    [InlineData("Kenya's government banned a march in Nairobi, and Kenyan police patrolled Kenya's capital. The government's spokeswoman accused the organisers of inciting violence.", "ACCUSE", "KENGOV")]
    [InlineData("Nepal's court jailed a lawmaker in Kathmandu, and Nepali judges met in Nepal. The court's media office rejected the accusations.", "REJECT", "NPLJUD")]
    [InlineData("Chile's army seized two trucks near Arica, and Chilean soldiers searched a third in Chile. Afterwards the army's press office accused the drivers of smuggling.", "ACCUSE", "CHLMIL")]
    // The story opens with another state, but only one state's forces were named: the military is theirs.
    [InlineData("The Taliban said Pakistan's army shelled a village, and Afghanistan protested. Later, the military's media wing denied the charge.", "REJECT", "PAKMIL")]
    [InlineData("Uganda's court fined a newspaper in Kampala, and Ugandan reporters gathered in Uganda. The court's spokesman rejected the accusations.", "REJECT", "UGAJUD")]
    public void The_owner_of_a_voice_acts(string text, string plover, string code)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal(code, string.Join(",", e.Source.Select(a => a.Code.Code)));
    }

    [Theory]
    // A passive organ undergoes the act; two states' forces named leave "the military" unowned.
    [InlineData("Peru's army cleared a road near Cusco, and Peruvian soldiers guarded Peru's highlands. The army's spokesman was accused of lying by the miners.", "PERMIL")]
    [InlineData("Pakistani troops and Indian troops clashed in Kashmir, and India's army fired shells. Later, the military's media wing accused the other side of lying.", "INDMIL")]
    [InlineData("Pakistani troops and Indian troops clashed in Kashmir, and India's army fired shells. Later, the military's media wing accused the other side of lying.", "PAKMIL")]
    public void No_owner_for_a_passive_or_an_ambiguous_body(string text, string notCode) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE" && e.Source.Any(a => a.Code.Code == notCode));
}
