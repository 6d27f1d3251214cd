namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Bodies of international organisations the knowledge base lacks act as CAMEO's IGO: organs named after a known body ("U.N.
/// Peacebuilding Commission"), "International ... Agency" names, and a region's mediators, peacekeepers or leaders acting in
/// common ("West African mediators"). The sentences are invented for these tests.
/// </summary>
public class InternationalBodiesTests
{
    [Theory]
    [InlineData("The U.N. Peacebuilding Commission praised Liberia for the peaceful vote.", "praised", "IGO")]
    [InlineData("The NATO Parliamentary Assembly criticized Turkey over the arrests of lawmakers.", "criticized", "IGO")]
    [InlineData("The International Renewable Energy Agency praised Morocco for its solar plants.", "praised", "IGO")]
    [InlineData("The International Coffee Organization accused Brazil of hoarding its harvest.", "accused", "IGO")]
    [InlineData("West African mediators urged Mali's junta to hold elections within a year.", "urged", "IGO")]
    [InlineData("Southern African leaders condemned the army's seizure of power in Lesotho.", "condemned", "IGO")]
    [InlineData("Southeast Asian foreign ministers urged Myanmar's generals to end the killings.", "urged", "IGO")]
    [InlineData("European monitors accused Russian troops of blocking their patrol near Gori.", "accused", "IGO")]
    [InlineData("Kenyan mediators urged South Sudan's rival leaders to share power.", "urged", "KENGOV")]
    [InlineData("International mediators urged Armenia and Azerbaijan to pull back their troops.", "urged", "IGO")]
    [InlineData("International monitors accused both armies of shelling villages near the border.", "accused", "IGO")]
    public void A_body_of_an_international_organisation_is_IGO(string text, string trigger, string source)
    {
        var document = EventTestDocuments.Run(text);
        // the trigger's first word: an appeal that governs its act spans it ("urged Armenia and Azerbaijan to pull back their troops")
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger) == trigger || document.TextOf(e.Trigger).StartsWith(trigger + " ", StringComparison.Ordinal));
        Assert.True(found is not null, $"no event triggered by '{trigger}' in: {string.Join("; ", document.Events.Select(e => document.TextOf(e.Trigger)))}");
        Assert.Equal(source, string.Join(",", found.Source.Select(a => a.Code.Code)));
    }

    [Theory]
    // an organ the knowledge base lacks, named after a body it knows, acts for that body
    [InlineData("The Taliban Foreign Ministry accused Pakistan of bombing villages in Khost.", "accused", "AFG")]
    [InlineData("Taliban Foreign Ministry spokesman Ahmad Karimi criticized the U.N. envoy's report.", "criticized", "AFG")]
    [InlineData("The Hamas Political Bureau rejected the truce proposal on Sunday.", "rejected", "PSE")]
    [InlineData("The Hezbollah Executive Council accused Israel of violating the ceasefire.", "accused", "LBN")]
    public void An_organ_acts_for_the_body_it_is_named_after(string text, string trigger, string country)
    {
        var document = EventTestDocuments.Run(text);
        // the trigger's first word: an appeal that governs its act spans it ("urged Armenia and Azerbaijan to pull back their troops")
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger) == trigger || document.TextOf(e.Trigger).StartsWith(trigger + " ", StringComparison.Ordinal));
        Assert.True(found is not null, $"no event triggered by '{trigger}' in: {string.Join("; ", document.Events.Select(e => document.TextOf(e.Trigger)))}");
        Assert.Equal(country, string.Join(",", found.Source.Select(a => a.Code.Country)));
    }

    [Theory]
    [InlineData("Guinea's junta rejected a demand by West African mediators to free the former president.", "rejected", "IGO")]
    [InlineData("Sudan's army chief met African peacekeepers in Khartoum on Monday.", "met", "IGO")]
    public void A_region_named_as_the_other_side_is_IGO(string text, string trigger, string target)
    {
        var document = EventTestDocuments.Run(text);
        // the trigger's first word: an appeal that governs its act spans it ("urged Armenia and Azerbaijan to pull back their troops")
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger) == trigger || document.TextOf(e.Trigger).StartsWith(trigger + " ", StringComparison.Ordinal));
        Assert.True(found is not null, $"no event triggered by '{trigger}' in: {string.Join("; ", document.Events.Select(e => document.TextOf(e.Trigger)))}");
        Assert.Equal(target, string.Join(",", found.Target.Select(a => a.Code.Code)));
    }
}
