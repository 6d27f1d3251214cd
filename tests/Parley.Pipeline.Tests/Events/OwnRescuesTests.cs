namespace Parley.Pipeline.Tests.Events;

/// <summary>A state's forces rescuing or evacuating their own people is an operation at home, no aid between actors; across a border it is aid (073).</summary>
public class OwnRescuesTests
{
    [Theory]
    [InlineData("Nigerian troops rescued 40 kidnapped Nigerian students in Kaduna on Sunday.", "rescued")]
    [InlineData("Philippine marines rescued 12 Filipino hostages held by Abu Sayyaf.", "rescued")]
    [InlineData("Colombian police rescued three Colombian soldiers abducted by the ELN.", "rescued")]
    [InlineData("Indian forces evacuated thousands of Indian villagers from the border area.", "evacuated")]
    [InlineData("Malian soldiers rescued Malian civilians trapped in Timbuktu.", "rescued")]
    [InlineData("Officials say the Pakistani military rescued every hostage released by Tuesday.", "rescued")]
    public void A_rescue_of_one_s_own_people_is_no_event(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).Equals(trigger, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("French troops rescued four Malian hostages near Gao.", "rescued")]
    [InlineData("The Indian air force evacuated Nepali citizens from Sudan.", "evacuated")]
    [InlineData("Indian troops rescued stranded Nepali pilgrims.", "rescued")]
    public void A_rescue_across_a_border_is_aid(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => document.TextOf(e.Trigger).Equals(trigger, StringComparison.Ordinal) && e.Cameo == "073");
    }
}
