namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Groups of states that mediate as one ("the Contact Group", "the Quartet", "the OSCE Minsk Group") are intergovernmental;
/// an international body's organ stays the body's whatever place its name holds ("OSCE Minsk Group" is not Belarus).
/// </summary>
public sealed class MediatingGroupsTests
{
    [Theory]
    [InlineData("The Contact Group gave Belgrade ten days to accept the plan.", "Contact Group=Name>Contact Group[IGO]")]
    [InlineData("Kosovo Albanian leaders met envoys of the Contact Group in London.", "Contact Group=Name>Contact Group[IGO]")]
    [InlineData("The Quartet called on both sides to halt the violence in Gaza.", "Quartet=Name>Quartet on the Middle East[IGO]")]
    [InlineData("Envoys of the Middle East Quartet met Palestinian officials in Ramallah.", "Middle East Quartet=Name>Quartet on the Middle East[IGO]")]
    [InlineData("The OSCE Minsk Group proposed a new timetable for talks on Karabakh.", "OSCE Minsk Group=Name>OSCE Minsk Group[IGO]")]
    [InlineData("Baku rejected the latest proposal of the Minsk Group co-chairs.", "Minsk Group=Name>OSCE Minsk Group[IGO]")]
    public void A_mediating_group_of_states_is_intergovernmental(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    [InlineData("A string quartet played in Vienna on Sunday.", "[IGO]")]
    public void A_lower_case_word_is_not(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
}
