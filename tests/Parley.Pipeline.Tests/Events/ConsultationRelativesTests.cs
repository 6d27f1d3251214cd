namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 60 (<c>Biographies</c>): a meeting, visit, call or mediation told in a "who" clause set off inside the subject is
/// the story's own consultation ("the minister, who visited Lima on Monday, said ..."), not biography, unless the clause
/// dates it ("in 2016", "last year", "long") or its subject is past its office ("the former president, who met ...").
/// Sentences written for this test.
/// </summary>
public class ConsultationRelativesTests
{
    [Theory]
    [InlineData("Kenyan President William Ruto, who visited Kampala in March, said the pipeline deal was fair.", "visited", "UGA")]
    [InlineData("Chancellor Olaf Scholz, who spoke to Erdogan later on Tuesday, told him the ban had to end.", "spoke to", "TUR")]
    [InlineData("The Jordanian king, who hosted Egyptian President Abdel Fattah al-Sisi in Amman last week, has warned against escalation.", "hosted", "EGY")]
    [InlineData("French President Emmanuel Macron, who telephoned Nigerian President Bola Tinubu on Monday, praised the release of the hostages.", "telephoned", "NGA")]
    public void A_consultation_told_in_a_who_clause_is_coded(string text, string trigger, string target)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.OrdinalIgnoreCase)
            && e.Target.Any(a => a.Code.Country == target));
    }

    [Theory]
    // Dated, long past, or done by a former office-holder: biography, as before.
    [InlineData("Kenya's former president, who visited Kampala in March, says the pipeline was his idea.", "visited")]
    [InlineData("The Kenyan envoy, who visited Kampala in 2019, says the pipeline was his idea.", "visited")]
    [InlineData("The Kenyan envoy, who had long mediated between Juba and Khartoum, said the region needed calm.", "mediated")]
    [InlineData("The Kenyan envoy, who met Ugandan officials last year, says the pipeline was his idea.", "met")]
    // A trip and a frame stay out: "flew to" may be a trip home or to a ceremony, "expected to meet" may not have happened.
    [InlineData("Prime Minister Kofi Mensah, who flew to Paris two days before the vote, condemned the riots on Monday.", "flew to")]
    [InlineData("President Kofi Mensah, who had been expected to meet Tinubu at the summit, stayed home.", "meet")]
    // No other country's side named in the sentence: background, as before.
    [InlineData("Somali President Ali Nur, who visited wounded survivors at a Mogadishu hospital on Sunday, condemned the attack.", "visited")]
    public void A_dated_or_former_consultation_stays_biography(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.OrdinalIgnoreCase));
    }
}
