using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>"the council", "the bloc", "the watchdog": a generic body noun after "the" names the last body of its kind in the story.</summary>
public sealed class NamedBodiesTests
{
    [Theory]
    // a noun the body's own name holds
    [InlineData("The UN Human Rights Council opened its session in Geneva. On Thursday the council adopted a resolution on Eritrea.", "the council", "UN Human Rights Council")]
    [InlineData("Prosecutors at the International Criminal Court charged two commanders. The court issued warrants for both men.", "The court", "International Criminal Court")]
    [InlineData("The International Monetary Fund approved a loan to Zambia. The fund said reforms must continue.", "The fund", "International Monetary Fund")]
    [InlineData("The International Atomic Energy Agency sent inspectors to the plant, and the agency later reported damage.", "the agency", "International Atomic Energy Agency")]
    // a bloc or a body is an international organisation
    [InlineData("ASEAN foreign ministers gathered in Vientiane. The bloc urged restraint in the South China Sea.", "The bloc", "ASEAN")]
    [InlineData("ECOWAS suspended Niger after the coup. Months later the bloc lifted some sanctions.", "the bloc", "ECOWAS")]
    [InlineData("The African Union sent envoys to Juba. The body called for a ceasefire on Monday.", "The body", "African Union")]
    // an alliance is a military one
    [InlineData("NATO defence ministers met in Brussels. The alliance pledged more air defences for Kyiv.", "The alliance", "NATO")]
    // a watchdog or a panel is an international or non-governmental monitor
    [InlineData("Reporters Without Borders condemned the arrest of the editor. The watchdog said press freedom was shrinking.", "The watchdog", "Reporters Without Borders")]
    [InlineData("The IAEA said Iran had enriched more uranium. The watchdog criticized Tehran on Friday.", "The watchdog", "International Atomic Energy Agency")]
    // a "G" and a number is a group of states
    [InlineData("Finance ministers of the G20 gathered in Rio. In a closing statement, the group criticised new tariffs.", "the group", "G20")]
    // a group is a non-state one
    [InlineData("Hamas released two hostages on Sunday. The group demanded more aid for Gaza.", "The group", "Hamas")]
    [InlineData("Human Rights Watch documented the killings in Darfur. The group urged the council to act.", "The group", "Human Rights Watch")]
    // words describing the body may stand before its noun
    [InlineData("The European Union extended its sanctions on Minsk. The 27-nation bloc also froze more assets.", "The 27-nation bloc", "European Union")]
    [InlineData("ECOWAS leaders gathered in Abuja. The regional bloc demanded the release of the president.", "The regional bloc", "ECOWAS")]
    [InlineData("The United Nations appealed for aid to Haiti, and the world body warned of famine.", "the world body", "United Nations")]
    [InlineData("The UN Security Council voted on Gaza, and the 15-member council failed to agree.", "the 15-member council", "UN Security Council")]
    // a summit that opens its sentence as a doer acts for the international body whose leaders met
    [InlineData("Leaders of the African Union met in Addis Ababa on Sunday. The summit also suspended Gabon until elections are held.", "The summit", "African Union")]
    [InlineData("ASEAN heads of government gathered in Jakarta for two days. The summit then called for an end to the fighting in Myanmar.", "The summit", "ASEAN")]
    // the possessive may stay on the noun: the mention is the body without it
    [InlineData("SADC leaders met in Harare on Saturday. Zambia said it would back the regional bloc's plan for Mozambique.", "the regional bloc", "SADC")]
    [InlineData("The World Health Organization sent a team to Goma, and the organization’s doctors began vaccinating children.", "the organization", "World Health Organization")]
    // the latest body of the kind wins
    [InlineData("The IMF met ASEAN officials. ECOWAS also attended. The bloc agreed to a new plan.", "The bloc", "ECOWAS")]
    public void GenericNounNamesTheLastBodyOfItsKind(string text, string phrase, string body)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == phrase);
        Assert.Equal(body, document.Entities[mention.Entity].Name);
    }

    [Theory]
    // no body of that kind named before it
    [InlineData("The court sentenced the former mayor to ten years.", "The court", "International Criminal Court")]
    [InlineData("Hamas fired rockets at Ashkelon. The alliance condemned the attack.", "The alliance", "Hamas")]
    // a group is not a state's international body
    [InlineData("The African Union met in Addis Ababa. The group of envoys then left.", "The group", "African Union")]
    // the noun modifies another: "the council meeting"
    [InlineData("The UN Security Council met on Friday. The council meeting ended without a vote.", "The council", "UN Security Council")]
    // "of" and a capital name another body
    [InlineData("The UN Human Rights Council met in Geneva. The Council of Europe criticized Baku on Monday.", "The Council", "UN Human Rights Council")]
    // the body named too long ago
    [InlineData("The IMF approved a loan. Prices rose. Rains fell. Roads flooded. Schools shut. Banks closed. Markets fell. Crowds left. Talks failed. The fund changed its view.", "The fund", "International Monetary Fund")]
    // a summit that is not a doer, or no body held it
    [InlineData("Leaders of the African Union met in Addis Ababa. The summit was held under tight security.", "The summit", "African Union")]
    [InlineData("Leaders of the African Union met in Addis Ababa. The summit in the capital ended on Monday.", "The summit", "African Union")]
    [InlineData("Leaders of the African Union met in Addis Ababa. Protesters marched outside the summit on Monday.", "the summit", "African Union")]
    // a word that only holds the noun inside it
    [InlineData("The UN Security Council met on Friday. The union representing dockworkers went on strike.", "The union", "UN Security Council")]
    public void GenericNounWithoutABodyOfItsKindIsNotLinked(string text, string phrase, string body)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Range) == phrase && document.Entities[m.Entity].Name == body);
    }
}
