namespace Parley.Pipeline.Tests.Events;

/// <summary>Violence told again by a definite nominal after the story reported it is no new event.</summary>
public sealed class ViolenceRetoldTests
{
    [Theory]
    [InlineData("Gunmen stormed a hotel in Mogadishu on Friday, killing six guests. Police sealed off the area after the attack.", "attack")]
    [InlineData("Militants attacked a police station in Khyber on Monday. The attack killed four officers and a cook.", "killed")]
    [InlineData("Gunmen raided a village in Zamfara on Sunday. The assault, which killed nine farmers, was the third this month.", "killed")]
    [InlineData("A car bomb exploded near a market in Baghdad on Friday. Shops stayed shut a day after Friday's bombing.", "bombing")]
    [InlineData("Rebels shelled a refugee camp near Goma overnight. The shelling wounded 14 people, aid workers said.", "wounded")]
    public void A_definite_nominal_after_the_first_sentence_retells_the_act(string text, string trigger) =>
        Assert.DoesNotContain(Assaults(text), e => e.Trigger.StartsWith(trigger, StringComparison.Ordinal));

    [Theory]
    [InlineData("Al-Shabab claimed responsibility for the attack on a Kenyan army base near Lamu.", "claimed responsibility")]
    [InlineData("Gunmen stormed a hotel in Mogadishu on Friday. Separately, the group claimed responsibility for an attack on a police convoy.", "claimed responsibility")]
    [InlineData("Militants attacked a school in Borno on Monday. The army took credit for the killing of 20 fighters near Maiduguri.", "took credit")]
    [InlineData("Gunmen stormed a hotel in Mogadishu on Friday. Two rockets killed three soldiers at a base near Baidoa on Saturday.", "killed")]
    [InlineData("The attack killed four officers at a police station in Peshawar on Monday.", "killed")]
    [InlineData("Rebels raided a village in Ituri on Sunday. Later that day, the rebels attacked an army base near Bunia.", "attacked")]
    public void A_new_or_first_telling_is_an_event(string text, string trigger) =>
        Assert.Contains(Assaults(text), e => e.Trigger.StartsWith(trigger, StringComparison.Ordinal));

    private static List<(string Trigger, string Cameo)> Assaults(string text)
    {
        var document = EventTestDocuments.Run(text);
        return [.. document.Events.Where(e => e.Plover == "ASSAULT").Select(e => (document.Slice(e.Trigger).ToString(), e.Cameo))];
    }

    [Theory]
    [InlineData("Gunmen attacked a police station in Kano, killing four officers and wounding six.")]
    [InlineData("A suicide bomber detonated explosives at a market in Mogadishu, killing 12 people.")]
    [InlineData("Russian jets bombed a hospital in Aleppo, killing two doctors and injuring nine patients.")]
    [InlineData("Israeli aircraft struck a house in Gaza, killing a Hamas commander.")]
    public void The_toll_told_after_violence_already_coded_is_the_same_act(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Single(document.Events, e => e.Plover == "ASSAULT");
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger) is "killing" or "injuring" or "wounding");
    }

    [Theory]
    // Finite verbs joined by "and" are two acts of the story, as coders count them.
    [InlineData("Militants stormed a hotel in Mogadishu and killed nine guests.")]
    [InlineData("Gunmen killed four officers in Kano and wounded six others.")]
    public void Violence_told_by_finite_verbs_is_not_a_toll(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Equal(2, document.Events.Count(e => e.Plover == "ASSAULT"));
    }
}
