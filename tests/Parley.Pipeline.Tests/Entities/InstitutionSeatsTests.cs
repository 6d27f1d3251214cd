namespace Parley.Pipeline.Tests.Entities;

/// <summary>A bare institution word ("Congress", "the Supreme Court") followed by "in" and a place belongs to that place's country.</summary>
public sealed class InstitutionSeatsTests
{
    [Theory]
    [InlineData("Farmers blocked the entrance to the Congress building in Quito on Monday.", "ECU")]
    [InlineData("Congress in Lima voted to remove the president from office.", "PER")]
    [InlineData("The Supreme Court in Islamabad ordered the editor freed on bail.", "PAK")]
    [InlineData("Students marched to the Senate in Manila to demand lower fees.", "PHL")]
    [InlineData("A bomb exploded near the Congress headquarters in Bogota.", "COL")]
    [InlineData("The Constitutional Court in Ankara heard the case against the party.", "TUR")]
    public void A_place_right_after_the_body_names_its_country(string text, string actor) =>
        Assert.Contains($"[{actor}", EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    // a place further on, or the body's own country, leaves the knowledge base's body
    [InlineData("Congress voted to send more aid to Ukraine.", "Congress=Name>US Congress[USALEG]")]
    [InlineData("Protesters gathered outside Congress in Washington on Monday.", "Congress=Name>US Congress[USALEG]")]
    public void Otherwise_the_known_body_stays(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
}
