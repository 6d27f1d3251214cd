using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Reported verdicts (CAMEO 11) the plain subject rule missed (round 35): one told after ", saying" is the main clause
/// subject's; a judged phrase that names its act's author ("the delegation's visit", "the pressure from X") aims the verdict
/// at that author; an extraposed "it is regrettable to see X ..." judges X. Verdicts on things no actor did, a speaker's
/// praise and conditional verdicts stay uncoded. A verdict row that names its target ("rigged in favour of X", "raised
/// questions about X") aims at the actor it names, and is its subject's when no one reports it. In a contact relative ("officials it said were responsible") the sayer judges
/// the actor the relative hangs on.
/// </summary>
public class VerdictClausesTests
{
    [Theory]
    [InlineData("Peru's foreign ministry defended the expulsion, saying Bolivia had abused the privileges of its consulate.", "PER", "BOL")]
    [InlineData("Peru recalled its ambassador on Monday, saying Bolivia's conduct was unacceptable.", "PER", "BOL")]
    [InlineData("Chile's foreign minister said the pressure from Argentina on Bolivia was unacceptable.", "CHL", "ARG")]
    [InlineData("Kenya's president said the Ugandan delegation's visit showed a lack of respect for the people of Nairobi.", "KEN", "UGA")]
    [InlineData("\"It is regrettable to see Argentina keep the border closed,\" Chile's foreign minister said.", "CHL", "ARG")]
    [InlineData("Chile's president said it was deeply regrettable that the Argentine government closed the border.", "CHL", "ARG")]
    [InlineData("Chile's president said the election was rigged in favor of Maduro.", "CHL", "VEN")]
    [InlineData("The Kenyan government said the detentions raised serious doubts over Uganda's respect for human rights.", "KEN", "UGA")]
    [InlineData("Russia raised questions about Ukraine's commitment to the talks.", "RUS", "UKR")]
    [InlineData("Peru imposed travel bans on Bolivian officials it said were responsible for the violent crackdown.", "PER", "BOL")]
    public void The_speaker_judges_the_actor_the_verdict_names(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal)
            && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Theory]
    [InlineData("Chile's president said it is regrettable that the storm damaged the harbour.")]
    [InlineData("Chile's foreign minister said the team's performance was wonderful.")]
    [InlineData("Chile's president said it would be regrettable if Argentina closed the border.")]
    [InlineData("Peru's coach praised the players, saying the weather was terrible.")]
    [InlineData("The ministry said the storm raised questions about the dam.")]
    [InlineData("Chile's president met Argentine officials who he said were helpful.")]
    public void Verdicts_on_no_actor_praise_and_conditions_are_no_disapproval(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.Factuality == Factuality.Asserted);
    }
}
