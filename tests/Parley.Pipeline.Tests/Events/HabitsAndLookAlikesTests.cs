using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// False events of real news, by class: a deed told as a habit or a thing's purpose, a participle that describes a
/// noun, and trigger words in another sense ("a radio station", "hail from").
/// </summary>
public class HabitsAndLookAlikesTests
{
    [Theory]
    [InlineData("The militia frequently attacks convoys on the highway to Goma.")]
    [InlineData("Rebels in Mali routinely abduct truck drivers near the Algerian border.")]
    [InlineData("Soldiers regularly detain fishermen off the coast of Sri Lanka.")]
    [InlineData("The Sudanese air force often bombs villages in Darfur, residents say.")]
    [InlineData("Gangs in Port-au-Prince usually kidnap businessmen for ransom.")]
    [InlineData("Venezuelan troops sometimes seize boats from Trinidad in the gulf.")]
    [InlineData("The cartel typically kills informants in Sinaloa.")]
    public void A_deed_told_as_a_habit_is_not_one_asserted_event(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted);

    [Theory]
    [InlineData("Afghan Taliban routinely deny sheltering militants from Pakistan.", "016")]
    [InlineData("Hungary often criticises the European Union over migration.", "111")]
    [InlineData("Cuba regularly condemns the American embargo.", "111")]
    [InlineData("Beijing frequently accuses Washington of meddling in Hong Kong.", "112")]
    [InlineData("Moscow usually rejects calls by Ukraine for a tribunal.", "12")]
    [InlineData("Seoul often urges Pyongyang to return to talks.", "0")]
    public void A_stance_held_again_and_again_is_still_coded(string text, string cameo) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted && e.Cameo.StartsWith(cameo, StringComparison.Ordinal));

    [Theory]
    [InlineData("A Turkish drone used to strike Kurdish fighters crashed in northern Iraq.")]
    [InlineData("Officials said the airfield was used to attack ships in the Red Sea.")]
    [InlineData("The vessel, used to deliver weapons to Yemen, sank off Somalia.")]
    [InlineData("Investigators found the truck used to blockade the border crossing into Poland.")]
    [InlineData("The software used to spy on journalists in Mexico was sold by an Israeli firm.")]
    [InlineData("A Russian plane used to drop bombs on Aleppo landed at Hmeimim.")]
    public void What_a_thing_is_used_to_do_is_not_an_asserted_act(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted && e.Plover is "ASSAULT" or "COERCE" or "AID" or "COOPERATE" or "PROTEST");

    [Theory]
    [InlineData("The new jail in El Salvador will hold arrested gang members, the president said.")]
    [InlineData("Kenya built a camp to house rescued migrants from Ethiopia.")]
    [InlineData("The charity in Lebanon pledged to help wounded civilians from Gaza.")]
    [InlineData("The Red Cross visited a clinic to treat injured protesters in Nairobi.")]
    [InlineData("Colombia promised to resettle kidnapped children freed from the rebels.")]
    [InlineData("The ministry plans to feed displaced families in Tigray.")]
    public void A_participle_before_a_noun_describes_it(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger) is "arrested" or "rescued" or "wounded" or "injured" or "kidnapped" or "displaced");
    }

    [Theory]
    [InlineData("The Polish president spoke to a local radio station on Friday.")]
    [InlineData("Protesters gathered outside a police station in Lagos.")]
    [InlineData("Travelers waited at the Kyiv railway station for hours.")]
    [InlineData("The French minister gave an interview to a television station in Paris.")]
    [InlineData("Ukrainian drones hit a Russian power station in Belgorod.")]
    [InlineData("Voters queued at polling stations across Senegal.")]
    public void A_station_noun_is_no_deployment(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "MOBILIZE");

    [Theory]
    [InlineData("Russia stationed troops in Transnistria.")]
    [InlineData("The United States will station more soldiers in Poland.")]
    public void Stationing_troops_is_still_a_deployment(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "MOBILIZE");

    [Theory]
    [InlineData("The two activists, who hail from Hong Kong, met British officials in London.")]
    [InlineData("Most of the fighters hail from Chechnya, Russian officials said.")]
    [InlineData("The migrants hailed from Eritrea and Sudan, Italian police said.")]
    [InlineData("Both ministers hail from Kerala, India's southern state.")]
    [InlineData("The detained sailors, who hail from the Philippines, were freed by Iran.")]
    [InlineData("The hostages hailed from Thailand and Nepal, Israel said.")]
    public void To_hail_from_a_place_is_no_praise(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "SUPPORT");
}
