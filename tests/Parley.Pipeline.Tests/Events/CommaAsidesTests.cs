namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 63 (disapprove63; sentences of our own): an adjunct set off by commas between a subject and its verb ("X, speaking
/// after a meeting, accused ...", "X, after talks in Rome, condemned ...") is an aside; the "after" inside it opens no clause
/// for the verb, whose subject is the actor before the first comma.
/// </summary>
public class CommaAsidesTests
{
    [Theory]
    [InlineData("Recep Tayyip Erdogan, speaking after a cabinet meeting in Ankara, accused Greece of stoking tension in the Aegean.", "112", "TUR", "GRC")]
    [InlineData("Kenyan President William Ruto, after talks in Nairobi, condemned Sudan's Rapid Support Forces for the killings.", "111", "KEN", "SDN")]
    [InlineData("Recep Tayyip Erdogan, when asked about the raid, criticised Greece over the arrests.", "111", "TUR", "GRC")]
    public void An_adjunct_aside_leaves_the_subject_to_its_verb(string text, string cameo, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo && EventTestDocuments.Countries(e.Source) == source
            && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("After Israel struck a convoy near Gaza, Egypt condemned the raid.", "EGY")]
    [InlineData("Egypt, after Israel struck a convoy near Gaza, condemned the raid.", "EGY")]
    public void The_clause_inside_an_aside_keeps_its_own_subject(string text, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "111" && EventTestDocuments.Countries(e.Source) == source);
}
