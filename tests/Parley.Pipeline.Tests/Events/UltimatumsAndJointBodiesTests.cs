namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 14 families written from the codebook: a deadline "or face" something is an ultimatum (139); a joint body set
/// up with a partner is material cooperation (060); a visa or entry ban is a sanction (163); clubbing or baton-charging
/// is a beating (182); camping out in a square is a protest (141); endorsing a timetable or compromise agrees (030).
/// Sentences written for this test.
/// </summary>
public class UltimatumsAndJointBodiesTests
{
    [Theory]
    [InlineData("NATO gave the rebels ten days to withdraw their guns or face air strikes.", "THREATEN", "139")]
    [InlineData("Washington gave Belgrade 48 hours to accept the plan or face bombing.", "THREATEN", "139")]
    [InlineData("ECOWAS gave the junta a week to restore the president or face military intervention.", "THREATEN", "139")]
    [InlineData("Argentina and Brazil set up a joint agency to inspect nuclear sites.", "COOPERATE", "060")]
    [InlineData("Kenya and Ethiopia established a joint border commission on Monday.", "COOPERATE", "060")]
    [InlineData("Chile and Peru created a bilateral fund for the fishermen.", "COOPERATE", "060")]
    [InlineData("Laos and Vietnam formed a joint committee on dams.", "COOPERATE", "060")]
    [InlineData("The European Union slapped a visa ban on Belarusian officials.", "SANCTION", "163")]
    [InlineData("Washington imposed visa restrictions on Nigerian officials after the vote.", "SANCTION", "163")]
    [InlineData("Britain extended its entry ban on Russian lawmakers.", "SANCTION", "163")]
    [InlineData("Pakistani police clubbed lawyers in Lahore on Monday.", "ASSAULT", "182")]
    [InlineData("Indian police baton-charged farmers near Delhi.", "ASSAULT", "182")]
    [InlineData("Kenyan police bludgeoned protesters in Nairobi.", "ASSAULT", "182")]
    [InlineData("Thousands of Ukrainian students camped out in Kiev's Independence Square for a week.", "PROTEST", "141")]
    [InlineData("Thai students camped out at a park in Bangkok.", "PROTEST", "141")]
    [InlineData("Georgian students camped out on the avenue outside parliament.", "PROTEST", "141")]
    [InlineData("Salvadoran officials and rebel commanders endorsed a UN timetable for disarmament.", "AGREE", "030")]
    [InlineData("Kenya and Somalia embraced the compromise on the maritime border.", "AGREE", "030")]
    public void A_family_is_coded_by_its_act(string text, string plover, string cameo)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal(plover, e.Plover);
    }
}
