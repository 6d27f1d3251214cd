using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>"Kurdish leaders", "Tuareg fighters": a stateless people's adjective before an agent noun acts where the people lives.</summary>
public sealed class PeopleAgentsTests
{
    [Theory]
    // the country the story is mostly about (rebels and activists are coded as domestic agents by their noun alone)
    [InlineData("Iraq's parliament passed the budget, and Iraqi ministers praised it. Kurdish leaders rejected the deal on Monday.", "Kurdish leaders", "IRQ", "GOV")]
    [InlineData("Mali's army retook Kidal, and Malian officials celebrated. Tuareg rebels vowed to fight on.", "Tuareg rebels", "MLI", "REB")]
    [InlineData("Pakistan sent more troops to the west, and Pakistani police set up checkpoints. Pashtun activists protested the raids.", "Pashtun activists", "PAK", "OPP")]
    [InlineData("Myanmar's junta lost ground in the north, and Myanmar closed a border crossing. Kachin insurgents seized a jade mine.", "Kachin insurgents", "MMR", "REB")]
    [InlineData("Sri Lanka's president dissolved the cabinet. Tamil lawmakers walked out of parliament in protest.", "Tamil lawmakers", "LKA", "LEG")]
    [InlineData("Israel called up reservists on Sunday. Druze soldiers guarded the villages near the frontier.", "Druze soldiers", "ISR", "MIL")]
    [InlineData("Ethiopia's prime minister spoke in Addis Ababa. Amhara officials rejected his plan.", "Amhara officials", "ETH", "GOV")]
    // where the sentence says it acts beats the story's country
    [InlineData("Turkey and Turkish officials warned of reprisals. Kurdish militants ambushed a patrol in northern Iraq.", "Kurdish militants", "IRQ", "REB")]
    [InlineData("Nigeria held talks with Niger. Fulani gunmen raided two villages in central Nigeria on Sunday.", "Fulani gunmen", "NGA", "REB")]
    [InlineData("Burundi closed its border. Hutu rebels attacked an army post in northern Burundi on Sunday.", "Hutu rebels", "BDI", "REB")]
    public void PeopleAgentActsWhereThePeopleLives(string text, string phrase, string country, string sector)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => m.Kind == MentionKind.Agent && phrase.EndsWith(document.TextOf(m.Range), StringComparison.Ordinal));
        Assert.Equal(MentionKind.Agent, mention.Kind);
        Assert.Equal(new ActorCode(country, sector), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // no country the story is mostly about and no place in the sentence: not guessed, never the enemy named after it
    [InlineData("Kurdish fighters attacked a Turkish base on Monday.", "Kurdish fighters")]
    // civilians named by class are not actors
    [InlineData("Iraq and Iraqi officials opened camps. Kurdish children returned to school.", "Kurdish children")]
    // an agent noun before a person's name describes that person
    [InlineData("Pakistan and Pakistani police raided a house. Pashtun lawmaker Ali Wazir was arrested.", "Pashtun lawmaker")]
    public void PeopleAgentWithoutAHomeIsNotCoded(string text, string phrase)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range) == phrase);
    }

    [Theory]
    // no place and no story country: a people nearly all of whom live in one state acts for that state
    [InlineData("Tamil guerrillas blew up a railway bridge overnight.", "Tamil guerrillas", "LKA", "REB")]
    [InlineData("Sikh militants hijacked a bus and shot its passengers.", "Sikh militants", "IND", "REB")]
    [InlineData("Chechen fighters ambushed a supply column on the mountain road.", "Chechen fighters", "RUS", "REB")]
    [InlineData("Uighur activists demanded the release of the detained scholar.", "Uighur activists", "CHN", "OPP")]
    [InlineData("Rohingya militants attacked thirty police posts at dawn.", "Rohingya militants", "MMR", "REB")]
    [InlineData("Abkhaz separatists shot down a government helicopter.", "Abkhaz separatists", "GEO", "REB")]
    [InlineData("Hutu militiamen burned three villages near the lake overnight.", "Hutu militiamen", "RWA", "REB")]
    // South Sudan's peoples were Sudan's before its independence
    [InlineData("Dinka militiamen raided cattle camps along the river.", "Dinka militiamen", "SDN", "REB")]
    public void PeopleAgentWithoutPlaceActsForItsUsualHome(string text, string phrase, string country, string sector)
    {
        var document = PipelineCatalog.Default.Run(new Article("test", text) { Published = new Publication(new DateOnly(1999, 4, 12), null, PublishedSource.Option) });
        var mention = Assert.Single(document.Mentions, m => m.Kind == MentionKind.Agent && phrase.EndsWith(document.TextOf(m.Range), StringComparison.Ordinal));
        Assert.Equal(new ActorCode(country, sector), document.Entities[mention.Entity].Actor);
    }
}
