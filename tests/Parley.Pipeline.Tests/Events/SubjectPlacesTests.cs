namespace Parley.Pipeline.Tests.Events;

/// <summary>A subject headed by an agent word acts for the place its phrase names (read by the actors stage), unless it is a victim.</summary>
public class SubjectPlacesTests
{
    [Theory]
    [InlineData("Protesters in Lagos blocked a highway on Monday.", "PROTEST", "NGA", "OPP")]
    [InlineData("Rebels in the Central African Republic rejected the peace plan.", "REJECT", "CAF", "REB")]
    [InlineData("Hundreds of people in Tbilisi marched on parliament.", "PROTEST", "GEO", "CVL")]
    [InlineData("Angry activists from the divided city of Mosul have staged rallies.", "PROTEST", "IRQ", "OPP")]
    [InlineData("A newspaper based in Tripoli accused Egypt of meddling.", "ACCUSE", "LBY", "MED")]
    [InlineData("The government of Balochistan province ordered patrols after the riots.", "MOBILIZE", "PAK", "GOV")]
    [InlineData("Opposition groups in Cameroon are demanding fresh elections.", "REQUEST", "CMR", "OPP")]
    [InlineData("Rioters in Lusaka blocked roads on Monday to protest against higher bread prices.", "PROTEST", "ZMB", "OPP")]
    public void The_place_in_the_subject_gives_the_source(string text, string plover, string country, string? sector)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(plover, e.Plover);
        var source = Assert.Single(e.Source);
        Assert.Equal((country, sector), (source.Code.Country, source.Code.Sector));
        // One mechanism: the actors stage read the agent with its place ("rebels (Mali)"); the event coder adds no fallback of its own.
        Assert.EndsWith(")", source.Name, StringComparison.Ordinal);
        Assert.DoesNotContain("+source.place", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Leaders of the rebel group in Mali, killed in an air strike, were buried on Sunday.")]
    [InlineData("Doctors from two charities donated medicine to the clinic.")]
    public void A_victim_or_a_phrase_without_a_place_is_no_source(string text)
    {
        foreach (var e in EventTestDocuments.Run(text).Events)
            Assert.DoesNotContain("+source.place", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Liberty Front began collecting signatures against the new constitution.", "PROTEST", "---")]
    [InlineData("Hindu hackers have defaced hundreds of Pakistani websites.", "COERCE", "---")]
    [InlineData("Amina Okonkwo, Nigeria's best-known union leader, staged a hunger strike in Abuja.", "PROTEST", "NGA")]
    // a known region inside the name gives its country
    [InlineData("The Farmers Alliance of Kerala, a rural lobby, announced that it has called off its strike.", "CONCEDE", "IND")]
    // an unknown body acting on the actors of one country only is, most likely, that country's
    [InlineData("The Liberty Front began collecting signatures to press the government of Chile to ban open-pit mining.", "PROTEST", "CHL")]
    public void A_name_Parley_cannot_code_still_acts(string text, string plover, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(plover, e.Plover);
        Assert.Equal(country, Assert.Single(e.Source).Code.Country);
    }

    [Theory]
    [InlineData("Hundreds of thousands of people blocked streets in Santiago to demand a new constitution.", "CHL")]
    [InlineData("Crowds have marched through Lyon on Tuesday.", "FRA")]
    // a capital marched through is the place of the protest, not its government
    [InlineData("Thousands of students marched through Nairobi on Monday demanding lower fees.", "KEN")]
    public void Protesters_act_where_they_protest(string text, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("PROTEST", country), (e.Plover, Assert.Single(e.Source).Code.Country));
    }

    [Theory]
    [InlineData("“I'm very encouraged that both sides signed a truce.")]
    [InlineData("Three Border Guard personnel were also hurt in the ambush.")]
    [InlineData("She told Reuters she visited the prisoners in the camp.")]
    [InlineData("Cyclone Idai slammed into Mozambique on Thursday.")]
    [InlineData("Council condemned the decision in a late vote.")]
    [InlineData("The Karachi Express, a bus with 40 passengers aboard, came under a gun attack near Hub.")]
    [InlineData("A High Court judge in Lusaka on Friday adjourned the hearing of a blogger detained in March.")]
    [InlineData("She says West African traditions of oral history deserve more study.")]
    public void Slips_of_the_name_tagger_are_no_actors(string text)
    {
        foreach (var e in EventTestDocuments.Run(text).Events)
            Assert.DoesNotContain("+source.name", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Clashes erupted in parts of Chad and Niger.")]
    [InlineData("Talks with Bextor said little.")]
    public void A_trigger_opening_the_sentence_has_no_subject_to_read(string text) =>
        Assert.All(EventTestDocuments.Run(text).Events, e => Assert.DoesNotContain("+source.", e.Rule, StringComparison.Ordinal));

    [Theory]
    [InlineData("A suicide bomber killed 20 people in Kandahar.", "AFG")]
    [InlineData("A bomb killed at least three Nigerian villagers in Maiduguri.", "NGA")]
    public void Violence_without_a_named_actor_keeps_where_it_struck(string text, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("ASSAULT", country), (e.Plover, EventTestDocuments.Countries(e.Target)));
        // The attacker, when read at all ("a suicide bomber" placed by the actors stage), is of the same scene, never a guess elsewhere.
        Assert.All(e.Source, s => Assert.Equal(country, s.Code.Country));
    }

    [Theory]
    [InlineData("The storm killed 20 people in Manila.")]
    [InlineData("Four Kenyan soldiers were killed in a car crash near Garissa.")]
    [InlineData("Floods have killed dozens of people in Bangladesh.")]
    public void Deaths_nobody_caused_are_not_assaults(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");
}
