namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A handover governed by a refusal, a promise or an agreement ("refused to extradite bin Laden to the United States") is
/// aimed at whom it goes to, not at the one handed over.
/// </summary>
public class HandoverRecipientsTests
{
    [Theory]
    [InlineData("The Taliban refused on Friday to extradite Osama bin Laden to the United States, saying Washington had offered no proof.", "USA")]
    [InlineData("Pakistan agreed to extradite the suspect to Britain.", "GBR")]
    [InlineData("Kenya promised to hand over the suspects to Uganda.", "UGA")]
    [InlineData("Lebanon refused to extradite the businessman to Japan.", "JPN")]
    [InlineData("Belgrade refused to extradite the men named by Croatia.", "HRV")]
    [InlineData("Venezuela refused to extradite the former banker Carlos Perez to Colombia.", "COL")]
    public void The_recipient_is_the_target(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }
}
