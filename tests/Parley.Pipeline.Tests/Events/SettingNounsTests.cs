namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An act named by a bare noun inside a preposition phrase of setting, topic or standing state is told in passing; the
/// clause's own verb is the news. Prepositions of time, purpose, place and means, and violence or protest nouns, still code.
/// </summary>
public class SettingNounsTests
{
    [Theory]
    [InlineData("In a meeting with farmers, Kenyan officials said the drought would worsen.", "meeting")]
    [InlineData("French officials involved in negotiations with Iran were moved to other posts.", "negotiations")]
    [InlineData("Chilean diplomats spoke of progress in negotiations with Bolivia over sea access.", "negotiations")]
    [InlineData("Ghanaian farmers complained on Monday about a meeting between Togolese and Beninese officials.", "meeting")]
    [InlineData("Rwandan officials were absent from a meeting between Ugandan and Congolese envoys.", "meeting")]
    [InlineData("Egypt and Sudan remained at odds despite negotiations with Ethiopia over the dam.", "negotiations")]
    public void A_noun_act_that_is_the_setting_or_topic_of_the_clause_is_not_coded(string text, string noun)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).Equals(noun, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // Time: "during" and "following" assert the act as the time of the news.
    [InlineData("During a visit to Paris, the Indian premier praised French investment.", "visit")]
    [InlineData("Peru and Chile signed a fishing accord in Lima, following talks between their ministers.", "talks")]
    // Place: "at a summit" is said of a summit under way.
    [InlineData("At a summit in Accra, the Ghanaian and Togolese presidents signed a border pact.", "summit")]
    // Violence named after "in" is the act its victims suffered.
    [InlineData("The Nigerian army said 12 soldiers died in an attack by Boko Haram in Borno.", "attack")]
    // A verb before the noun ends its phrase: "talks in Nairobi follow the ... meeting" puts the meeting in no setting.
    [InlineData("Kenyan talks in Nairobi follow the Ugandan-Rwandan meeting in Kigali.", "meeting")]
    // A day ends the noun's phrase: "said on Tuesday its discussions" puts the discussions in no setting.
    [InlineData("Egypt said on Tuesday its discussions with the International Monetary Fund had gone smoothly.", "discussions")]
    // Sanctions one lives under are the standing act of their imposer.
    [InlineData("Cuba has struggled for decades under U.S. sanctions.", "sanctions")]
    public void A_noun_act_after_a_preposition_of_time_place_or_suffering_is_still_coded(string text, string noun)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => document.TextOf(e.Trigger).Equals(noun, StringComparison.OrdinalIgnoreCase));
    }
}
