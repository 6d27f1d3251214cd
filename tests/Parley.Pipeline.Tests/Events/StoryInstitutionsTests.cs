namespace Parley.Pipeline.Tests.Events;

/// <summary>"the regime", "the ruling party", "the military government": a bare state institution acts for the country the story is mostly about.</summary>
public sealed class StoryInstitutionsTests
{
    [Theory]
    [InlineData("Protests spread across Belarus in August, and Minsk closed its borders. The regime jailed hundreds of demonstrators.", "regime", "BLRGOV")]
    [InlineData("Zimbabwe held elections on Wednesday, and Zimbabwean voters queued for hours. The ruling party accused observers of bias.", "ruling party", "ZWEGOV")]
    [InlineData("Mali expelled a diplomat in June, and Bamako closed an embassy. Days later the military government banned two broadcasters.", "military government", "MLIMIL")]
    [InlineData("Sudan's army took power in October, and Khartoum declared an emergency. The military regime then arrested dozens of activists.", "military regime", "SDNMIL")]
    [InlineData("Guinea promised a vote, and Conakry set a date. The transitional government arrested two opposition leaders in May.", "transitional government", "GINGOV")]
    [InlineData("Israel lost a key vote in parliament, and Israeli markets fell. The ruling coalition blamed defectors for the defeat.", "ruling coalition", "ISRGOV")]
    public void BareInstitutionActsForTheStoryCountry(string text, string phrase, string code)
    {
        var document = EventTestDocuments.Run(text);
        var source = Assert.Single(document.Events.SelectMany(e => e.Source), a => document.TextOf(a.Range).EndsWith(phrase, StringComparison.Ordinal));
        Assert.Equal(code, source.Code.Code);
    }
}
