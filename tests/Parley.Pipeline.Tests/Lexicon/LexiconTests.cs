namespace Parley.Pipeline.Tests.Lexicon;

/// <summary>The shared word families of Lexicon/: each group holds what its name says, and the named variants differ only as documented.</summary>
public sealed class LexiconTests
{
    [Theory]
    [InlineData("GOV", true, true, true)]
    [InlineData("MIL", true, true, true)]
    [InlineData("COP", true, true, true)]
    [InlineData("SPY", true, true, false)]
    [InlineData("JUD", true, true, false)]
    [InlineData("LEG", true, false, false)]
    [InlineData("OPP", false, false, false)]
    [InlineData("REB", false, false, false)]
    [InlineData(null, false, false, false)]
    [InlineData("", false, false, false)]
    public void The_state_groups_nest(string? sector, bool state, bool agency, bool governmentOrForce)
    {
        Assert.Equal(state, Sectors.IsState(sector));
        Assert.Equal(agency, Sectors.IsStateAgency(sector));
        Assert.Equal(governmentOrForce, Sectors.IsGovernmentOrForce(sector));
    }

    [Theory]
    [InlineData("MIL", true)]
    [InlineData("SPY", true)]
    [InlineData("INS", true)]
    [InlineData("UAF", true)]
    [InlineData("GOV", false)]
    [InlineData("CVL", false)]
    public void The_armed_are_the_forces_and_the_irregulars(string sector, bool armed) => Assert.Equal(armed, Sectors.IsArmed(sector));

    [Fact]
    public void Reporting_verbs_as_written_are_lower_case()
    {
        Assert.True(ReportingVerbs.IsSay("says"));
        Assert.False(ReportingVerbs.IsSay("Said"));
        Assert.True(ReportingVerbs.IsSpeech("insisted"));
        Assert.Contains("noted", (IReadOnlySet<string>)ReportingVerbs.Sayings);
        Assert.Contains("Told", (IReadOnlySet<string>)ReportingVerbs.Sayings);
    }

    [Theory]
    [InlineData("demonstrations", true)]
    [InlineData("anti-government protesters", true)]
    [InlineData("rallies", true)]
    [InlineData("negotiations", false)]
    public void A_protest_stem_tells_a_protest(string text, bool protest) => Assert.Equal(protest, ProtestWords.Mentions(text));

    [Fact]
    public void Street_pressure_holds_every_protest_act_and_crowd()
    {
        Assert.All(ProtestWords.Acts, w => Assert.Contains(w, (IReadOnlySet<string>)ProtestWords.StreetPressure));
        Assert.All(ProtestWords.Crowds, w => Assert.Contains(w, (IReadOnlySet<string>)ProtestWords.StreetPressure));
        Assert.Contains("unrest", (IReadOnlySet<string>)ProtestWords.StreetPressure);
    }
}
