namespace Parley.Pipeline.Tests.Events;

/// <summary>A protest at home whose sentence later names "the government" unnamed is aimed at the protesters' own rulers.</summary>
public class ProtestGovernmentsTests
{
    [Theory]
    [InlineData("Rioters in Lagos looted shops for a second day after the government of Olusegun Obasanjo raised fuel prices.", "NGA")]
    [InlineData("Rioters in Amman looted shops on Saturday, three days after the government lifted bread subsidies.", "JOR")]
    [InlineData("Rioters in Dakar ransacked shops on the city's edge overnight once the government had raised rice prices.", "SEN")]
    [InlineData("Rioters in Caracas vandalised buses through the night because the government had doubled fares.", "VEN")]
    [InlineData("Rioters in Tunis looted shops in the old town on Friday after the authorities raised the price of bread.", "TUN")]
    [InlineData("Rioters in Lusaka looted warehouses for hours on Sunday after the regime cut maize subsidies.", "ZMB")]
    public void A_protest_answers_the_government_its_sentence_names_later(string text, string country)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Target.Count == 1 && e.Target[0].Code.Country == country && e.Target[0].Code.Sector == "GOV");
    }

    [Theory]
    [InlineData("Nigerian soldiers looted shops in Lagos after the government fell.")]
    [InlineData("Rioters in Lagos looted shops for a second day after the Ghanaian government closed the border.")]
    public void A_state_s_own_forces_or_a_foreign_government_are_not_the_protest_s_rulers(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Target.Any(t => t.Code.Country == "NGA" && t.Code.Sector == "GOV"));
    }
}
