using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>"Western donors", "international lenders": donors and creditors named by no state act as the world's bodies (IGO).</summary>
public sealed class DonorsTests
{
    [Theory]
    [InlineData("Western donors suspended budget support to Uganda after the disputed vote.", "Western donors")]
    [InlineData("The finance minister met Western creditors in Paris to ask for more time.", "Western creditors")]
    [InlineData("Foreign donors pledged 300 million dollars for the rebuilding of Aceh.", "Foreign donors")]
    [InlineData("International lenders demanded deeper spending cuts from Athens.", "International lenders")]
    [InlineData("Zimbabwe stopped paying international creditors in 2000.", "international creditors")]
    [InlineData("Multilateral lenders approved a new credit line for Sri Lanka on Friday.", "Multilateral lenders")]
    [InlineData("Western lenders in London agreed to reschedule Poland's debt.", "Western lenders")]
    [InlineData("After the floods, Dhaka asked donor nations for food and medicine.", "donor nations")]
    [InlineData("Donor countries meeting in Tokyo pledged aid for the reconstruction.", "Donor countries")]
    public void UnnamedDonorsAndLendersAreIntergovernmental(string text, string phrase)
    {
        var document = EntityTestDocuments.Run(text, new DateOnly(2001, 3, 5));
        var mention = Assert.Single(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range) == phrase);
        Assert.Equal(new ActorCode("IGO", null), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // a state's own donors and lenders stay that state's
    [InlineData("Japanese lenders agreed to reschedule Indonesia's debt.", "Japanese lenders")]
    [InlineData("Chinese creditors refused to write off Zambia's loans.", "Chinese creditors")]
    public void StatesOwnLendersAreNotIntergovernmental(string text, string phrase)
    {
        var document = EntityTestDocuments.Run(text, new DateOnly(2001, 3, 5));
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Range).EndsWith(phrase, StringComparison.Ordinal) && document.Entities[m.Entity].Actor?.Country == "IGO");
    }
}
