using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "the Basque separatist group ETA": an agent noun, with or without a noun for a kind of body, right before an
/// organisation's name describes that organisation; it is no second actor (placed by the story's country), the name acts.
/// </summary>
public sealed class DescribedBodiesTests
{
    [Theory]
    [InlineData("The Kurdish rebel group PKK ambushed a patrol near Hakkari.", "rebel", "PKK")]
    [InlineData("Police blamed the Islamist militant group Boko Haram for the raid on the school in Dapchi.", "militant", "Boko Haram")]
    [InlineData("The Lebanese militant group Hezbollah fired rockets at towns in northern Israel.", "militant", "Hezbollah")]
    [InlineData("The insurgent group al-Shabaab claimed the bombing of a hotel in Mogadishu.", "insurgent", "al-Shabaab")]
    [InlineData("Witnesses said the separatist movement Polisario had shelled a Moroccan outpost.", "separatist", "Polisario")]
    [InlineData("The guerrilla army FARC released three hostages to the Red Cross in the jungle.", "guerrilla", "FARC")]
    [InlineData("Negotiators met the rebel ELN in Havana on Monday.", "rebel", "ELN")]
    public void An_agent_noun_before_a_known_body_describes_it(string text, string descriptor, string body)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range) == descriptor);
        Assert.Contains(document.Mentions, m => m.Kind == MentionKind.Name && document.TextOf(m.Range) == body && document.Entities[m.Entity].Type == EntityType.Org);
    }

    [Theory]
    [InlineData("Separatist rebels shelled the town of Donetsk overnight.", "Separatist")]
    [InlineData("Militants attacked a police station in Peshawar.", "Militants")]
    public void An_agent_noun_before_no_body_still_acts(string text, string agent)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.Contains(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range).StartsWith(agent, StringComparison.Ordinal));
    }
}
