namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 39, a speaker's verdict on another's act (CAMEO 111; sentences of our own about other events): a deed labelled a
/// wrong ("called the arrest a kidnapping", "called the ban an attack on", "called the killings murder", "branded the ruling an
/// infringement") judges the deed's author; a reported clause whose predicate condemns the act ("said the incursion breached
/// the accord", "was undermining the independence of its courts", "amounted to blackmail", "was an attempt to silence") is the
/// speaker's verdict on the clause's actor or the author of the act it retells; and the label adjectives read a reviewed
/// AFINN-165 family ("treasonous", "inappropriate", "insensitive"). A crime told as news, a pronoun subject, a sum, a
/// praise noun, a negated breach and an act told by no speaker are no verdict.
/// </summary>
public class VerdictFamiliesTests
{
    [Theory]
    [InlineData("Peru arrested a Bolivian trade union leader on Monday. Bolivia's president called the arrest a kidnapping.", "BOL", "PER")]
    [InlineData("Chile imposed a ban on Argentine beef on Monday. Argentina's farm minister called the ban an attack on its ranchers.", "ARG", "CHL")]
    [InlineData("Kenyan police shot dead four protesters in Nakuru on Tuesday. The opposition called the killings murder.", "KEN", "KEN")]
    [InlineData("Indonesia's foreign ministry branded the Dutch court ruling an infringement of its sovereignty.", "IDN", "NLD")]
    [InlineData("Venezuelan warships sailed close to Trinidad on Sunday. Trinidad and Tobago's prime minister called the move \"a direct threat\" to its waters.", "TTO", "")]
    [InlineData("Russia opened a criminal investigation into a Lithuanian judge. Lithuania's foreign ministry called the probe a witch-hunt.", "LTU", "RUS")]
    [InlineData("Prosecutors in Ankara charged the opposition mayor with corruption on Monday. Turkey's main opposition party called the charges politically motivated.", "TUR", "TUR")]
    [InlineData("Brazil's president said Washington's tariffs were an abuse of power.", "BRA", "USA")]
    [InlineData("Kosovo said Serbia's move was a power grab.", "XKX", "SRB")]
    public void A_deed_labelled_a_wrong_judges_its_author(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "111" && EventTestDocuments.Countries(e.Source) == source
            && (target.Length == 0 || EventTestDocuments.Countries(e.Target) == target));

    [Theory]
    [InlineData("Ethiopia attacked Eritrea on Friday. Eritrea said the incursion breached the 2018 peace accord.", "ERI", "ETH")]
    [InlineData("Morocco said Algeria's expulsion of its diplomats violated the Vienna Convention.", "MAR", "DZA")]
    [InlineData("The European Commission said Hungary was undermining the independence of its courts.", "IGO", "HUN")]
    [InlineData("Washington said Beijing's export curbs amounted to blackmail.", "USA", "CHN")]
    [InlineData("Amnesty International said Belarus's new law was an attempt to silence journalists.", "NGO", "BLR")]
    [InlineData("Mali's junta said ECOWAS had become a threat to its member states.", "MLI", "IGO")]
    public void A_reported_clause_that_condemns_an_act_is_the_speakers_verdict(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "111" && EventTestDocuments.Countries(e.Source) == source
            && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Brazil described Paraguay's remarks as insensitive.", "BRA", "PRY")]
    [InlineData("Ghana called Togo's decision to close the border inappropriate.", "GHA", "TGO")]
    [InlineData("Ecuador's foreign minister described Colombia's remarks as disparaging.", "ECU", "COL")]
    public void The_label_adjectives_read_the_reviewed_family(string text, string source, string target) =>
        EventTestDocuments.AssertSides(text, "ACCUSE", source, target);

    [Theory]
    [InlineData("Gabon's election commission declared the president the winner. The main opposition candidate said the count had been rigged.", "GAB", "GAB", "112")]
    [InlineData("The Zambian opposition said the vote was fraudulent.", "ZMB", "ZMB", "112")]
    [InlineData("Kenya's opposition leader said the election was a sham.", "KEN", "KEN", "111")]
    [InlineData("Cameroon's Catholic bishops said the official tally did not reflect the choice of voters.", "CMR", "CMR", "111")]
    public void A_verdict_on_a_vote_judges_the_side_that_held_it(string text, string source, string target, string cameo) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo && e.Factuality == Parley.Core.Factuality.Asserted
            && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Iran's foreign ministry said Washington bears full responsibility for the consequences.", "IRN", "USA")]
    [InlineData("Kenya's opposition said President Ruto bore responsibility for the deaths of the protesters.", "KEN", "KEN")]
    public void Saying_another_bore_responsibility_blames_it(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "112" && EventTestDocuments.Countries(e.Source) == source
            && EventTestDocuments.Countries(e.Target) == target);

    [Fact]
    public void A_term_of_office_is_no_label_verb_and_leaves_the_copula_its_verdict()
    {
        const string text = "Chile imposed a ban on Bolivian trucks. Bolivia's president said the ban imposed during her term was illegal.";
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith("accuse.call", StringComparison.Ordinal));
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith("judge.negative", StringComparison.Ordinal)
            && EventTestDocuments.Countries(e.Source) == "BOL" && EventTestDocuments.Countries(e.Target) == "CHL");
    }

    [Theory]
    [InlineData("A kidnapping in Lagos left two people dead.")]
    [InlineData("Rich countries bear responsibility for helping poorer ones adapt, the report said.")]
    [InlineData("The ministry said it bore responsibility for the delay.")]
    [InlineData("Indonesia's education minister said the exam results should not be read as good news.")]
    [InlineData("Russia violated the treaty many times.")]
    [InlineData("The minister said it was an attempt to muzzle reporters.")]
    [InlineData("Analysts said the losses amounted to five percent of output.")]
    [InlineData("Officials called the meeting a success.")]
    [InlineData("The court said the mayor had breached no rules.")]
    [InlineData("The ministry said the storm had become dangerous.")]
    [InlineData("Police described the shooting as an attack on officers.")]
    public void A_crime_told_as_news_or_a_clause_with_no_verdict_is_no_disapproval(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE");
}
