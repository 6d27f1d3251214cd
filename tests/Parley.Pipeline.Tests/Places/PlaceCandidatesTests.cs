using Parley.Knowledge;
using Parley.Pipeline.Places;

namespace Parley.Pipeline.Tests.Places;

/// <summary>Every gazetteer reading a name can have, found whatever its case, diacritics, article or possessive.</summary>
public sealed class PlaceCandidatesTests
{
    private static readonly PlaceCandidates s_candidates = new(KnowledgeBase.Embedded);

    [Theory]
    [InlineData("Zürich", "CHE")]
    [InlineData("Zurich", "CHE")]
    [InlineData("ZURICH", "CHE")]
    [InlineData("Beijing's", "CHN")]
    [InlineData("the Sahel", "")]
    [InlineData("Georgia", "USA")] // "Georgia (U.S. state)" is found by the name the text uses
    [InlineData("Punjab", "IND")]
    [InlineData("Punjab", "PAK")]
    [InlineData("Victoria", "AUS")]
    [InlineData("Victoria", "CAN")]
    public void Finds_each_reading_of_a_name(string text, string country) =>
        Assert.Contains(s_candidates.Lookup(text), p => p.Country == country);

    [Theory]
    [InlineData("Atlantis of the North")]
    [InlineData("")]
    public void Finds_nothing_for_unknown_names(string text) => Assert.Empty(s_candidates.Lookup(text));

    [Theory]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("Kraków", "krakow")]
    [InlineData("Ouagadougou", "ouagadougou")]
    public void Folds_case_and_diacritics(string name, string expected) => Assert.Equal(expected, PlaceCandidates.Fold(name));
}
