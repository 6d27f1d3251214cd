using Parley.Evaluation.Petrarch;

namespace Parley.Evaluation.Tests.Petrarch;

public sealed class CameoPloverTests
{
    [Theory]
    [InlineData("0211", "REQUEST")]
    [InlineData("036", "AGREE")]
    [InlineData("083", "CONCEDE")]
    [InlineData("085", "RETREAT")]
    [InlineData("0813", "RETREAT")]
    [InlineData("111", "ACCUSE")]
    [InlineData("190", "ASSAULT")]
    [InlineData("20", "ASSAULT")]
    [InlineData("010", null)]
    [InlineData("174K", null)]
    [InlineData("2", null)]
    [InlineData("345", null)]
    public void Maps_cameo_codes_to_plover_types_by_root(string cameo, string? expected) =>
        Assert.Equal(expected, CameoPlover.Map(cameo));

    [Theory]
    [InlineData("agree", "agree|agrees|agreed|agreeing")]
    [InlineData("deny", "deny|denies|denied|denying")]
    [InlineData("push", "push|pushes|pushed|pushing")]
    [InlineData("visit", "visit|visits|visited|visiting")]
    public void Inflects_regular_verbs(string verb, string expected) =>
        Assert.Equal(expected, string.Join('|', VerbForms.Regular(verb)));
}
