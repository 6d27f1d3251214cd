namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A bare state body opening its sentence is the story country's even when the sentence goes on to name another state:
/// that state is what the body acts on or talks about. Named before the body, another state may own it.
/// </summary>
public sealed class StoryBodiesNamingOthersTests
{
    [Theory]
    [InlineData("Ghana's president spoke in Accra, and Ghanaian ministers met in Accra. The government accused Togo of sheltering the smugglers.", "ACCUSE", "GHAGOV")]
    [InlineData("Chile held talks in Santiago, and Chilean diplomats briefed Santiago's press. The government, which blamed the Peruvian navy, demanded that Lima return the boats.", "REQUEST", "CHLGOV")]
    [InlineData("Estonia closed a crossing, and Estonian guards patrolled Tallinn's suburbs. The army accused Russian pilots of violating the airspace.", "ACCUSE", "ESTMIL")]
    [InlineData("Kenya's cabinet met in Nairobi, and Kenyan police guarded Nairobi. Authorities expelled two Ugandan reporters.", "COERCE", "KENGOV")]
    [InlineData("Nepal opened an inquiry, and Nepali officials met in Kathmandu. The court ordered India's embassy to hand over the files.", "REQUEST", "NPLJUD")]
    [InlineData("Peru's president spoke in Lima, and Peruvian ministers met in Lima. “The police arrested three Bolivian smugglers,” a minister said.", "COERCE", "PERCOP")]
    public void A_sentence_opening_body_is_the_story_country_s(string text, string plover, string code)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal(code, string.Join(",", e.Source.Select(a => a.Code.Code)));
    }

    [Theory]
    // A state named before the body may be its owner, so the body stays uncoded.
    [InlineData("Ghana's president spoke in Accra, and Ghanaian ministers met in Accra. After Togo closed the border, the army accused the smugglers of bribery.", "GHAMIL")]
    // A state named as where the act happens may own the body too: "the army shelled a camp in Togo" may be Togo's army.
    [InlineData("Ghana's president spoke in Accra, and Ghanaian ministers met in Accra. The army shelled a rebel camp in Togo.", "GHAMIL")]
    public void A_state_named_before_the_body_leaves_it_unowned(string text, string notCode) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Code.Code == notCode));
}
