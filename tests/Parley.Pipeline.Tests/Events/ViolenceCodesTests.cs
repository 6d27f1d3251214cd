namespace Parley.Pipeline.Tests.Events;

/// <summary>CAMEO's line between 18 ASSAULT and 19 FIGHT is drawn by the means and the sides, not by the verb.</summary>
public sealed class ViolenceCodesTests
{
    [Theory]
    [InlineData("Gunmen stormed a guesthouse in the Nigerian city of Kaduna on Sunday.", "stormed")]
    [InlineData("Islamist militants attacked a primary school in northern Burkina Faso on Monday.", "attacked")]
    [InlineData("Armed bandits raided a cattle market in Niger, killing twelve traders.", "raided")]
    [InlineData("Jihadists ambushed a minibus carrying villagers in Mali on Thursday.", "ambushed")]
    [InlineData("Insurgents massacred dozens of farmers in eastern Congo last week.", "massacred")]
    [InlineData("Unknown assailants shot dead two Mexican journalists in Guerrero on Saturday.", "shot")]
    [InlineData("Somali soldiers opened fire on unarmed villagers in Mogadishu on Wednesday.", "opened fire")]
    [InlineData("Kenya mourned the victims of the terrorist attack on a Nairobi shopping mall.", "attack")]
    public void Violence_on_people_who_bear_no_arms_or_by_irregulars_on_no_armed_side_is_unconventional(string text, string trigger) =>
        Assert.Equal("180", CodeAt(text, trigger));

    [Theory]
    [InlineData("Insurgents ambushed a police patrol in Mali on Friday.", "ambushed", "190")]
    [InlineData("Colombian troops attacked a rebel camp in Cauca province.", "attacked", "190")]
    [InlineData("Malian soldiers clashed with jihadists near Timbuktu on Sunday.", "clashed", "190")]
    [InlineData("Kurdish fighters attacked a Turkish army outpost near the border.", "attacked", "190")]
    [InlineData("Ukrainian forces exchanged fire with Russian troops near Bakhmut.", "exchanged fire", "193")]
    [InlineData("Sudanese troops fired on rebel positions outside Khartoum.", "fired on", "193")]
    [InlineData("Russian strikes on Kharkiv killed nine civilians on Sunday.", "killed", "190")]
    [InlineData("Nigerian troops launched an anti-terrorist raid on Boko Haram camps in Borno.", "launched", "190")]
    public void Violence_between_armed_sides_stays_military_force(string text, string trigger, string cameo) =>
        Assert.Equal(cameo, CodeAt(text, trigger));

    [Theory]
    [InlineData("Russian forces shelled the Ukrainian city of Kharkiv on Tuesday.", "shelled", "194")]
    [InlineData("Rebel gunners shelled a government garrison near Goma.", "shelled", "194")]
    [InlineData("Saudi jets bombed Houthi positions in northern Yemen.", "bombed", "195")]
    [InlineData("Nine Burkinabe soldiers were killed in a drone strike near Djibo.", "drone strike", "195")]
    [InlineData("Militants bombed a bus station in the Pakistani city of Quetta.", "bombed", "183")]
    [InlineData("A suicide bomber attacked a mosque in the Afghan city of Kunduz on Friday.", "attacked", "1831")]
    [InlineData("A bomb blast killed seven shoppers at a market in Maiduguri on Monday.", "killed", "183")]
    public void The_means_named_at_the_act_choose_the_code(string text, string trigger, string cameo) =>
        Assert.Equal(cameo, CodeAt(text, trigger));

    [Theory]
    [InlineData("Rebels abducted 40 students from a school in Kaduna.", "abducted", "181")]
    [InlineData("Gunmen assassinated the mayor of a Mexican town on Sunday.", "assassinated", "186")]
    [InlineData("Militants kidnapped two aid workers in northern Mali.", "kidnapped", "181")]
    [InlineData("The Haqqani network took credit for the assassination of a provincial governor.", "took credit", "186")]
    [InlineData("A Nigerian gang claimed responsibility for the hijacking of a passenger bus.", "claimed", "181")]
    public void A_pattern_that_names_its_means_keeps_its_own_code(string text, string trigger, string cameo) =>
        Assert.Equal(cameo, CodeAt(text, trigger));

    [Theory]
    [InlineData("Boko Haram's abduction of 80 schoolgirls in Chibok shocked the world.", "abduction", "181")]
    [InlineData("Congolese militiamen's massacre of villagers in Ituri left forty people dead.", "massacre", "180")]
    [InlineData("Al-Shabab's kidnapping of two Cuban doctors in Mandera drew outrage.", "kidnapping", "181")]
    [InlineData("Al-Shabab's assassination attempt on a Somali minister failed on Sunday.", "assassination attempt", "185")]
    [InlineData("Al-Shabab's assassination of a district commissioner in Baidoa was condemned by the government.", "assassination", "186")]
    [InlineData("The Taliban's hijacking of an airliner in 1999 ended in Kandahar.", "hijacking", "181")]
    public void An_unconventional_act_named_by_its_noun_has_its_own_code(string text, string trigger, string cameo) =>
        Assert.Equal(cameo, CodeAt(text, trigger));

    [Theory]
    [InlineData("Kenyan police reported a rise in abductions along the coast.", "abductions")]
    [InlineData("Mexican officials warned of a spate of kidnappings in Sinaloa.", "kidnappings")]
    [InlineData("Colombian prosecutors are studying a wave of assassinations of social leaders.", "assassinations")]
    public void A_trend_of_such_acts_is_no_act(string text, string trigger) =>
        Assert.Null(CodeAt(text, trigger));

    /// <summary>The CAMEO code of the assault whose trigger is <paramref name="trigger"/>, or null when none was coded.</summary>
    private static string? CodeAt(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        foreach (var e in document.Events)
            if (e.Plover == "ASSAULT" && document.Slice(e.Trigger).StartsWith(trigger, StringComparison.Ordinal))
                return e.Cameo;
        return null;
    }
}
