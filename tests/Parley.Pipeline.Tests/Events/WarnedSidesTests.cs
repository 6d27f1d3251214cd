namespace Parley.Pipeline.Tests.Events;

/// <summary>Whom a warning is aimed at when what was said names someone else, and whom "the two" means after two leaders.</summary>
public sealed class WarnedSidesTests
{
    [Theory]
    [InlineData("India criticized the United States over the tariffs. New Delhi is warning it could turn to Russia for oil instead.", "USA")]
    [InlineData("Egypt accused Ethiopia of stalling on the dam. Cairo warned it could buy wheat from Sudan instead.", "ETH")]
    [InlineData("Serbia accused Kosovo of provocations. Belgrade warned it would look to Russia for support.", "XKX")]
    [InlineData("Pakistan condemned the Afghan government on Monday. Islamabad warned it could buy gas from Iran instead.", "AFG")]
    [InlineData("Turkey criticized the United States over the jets. Ankara warned it would look to China for fighters.", "USA")]
    [InlineData("Hungary criticized the European Union over the funds. Budapest warned it would turn to China for loans.", "IGO")]
    public void A_warning_is_aimed_at_the_counterpart_not_at_the_alternative_it_names(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Britain warned Thursday that it will keep up pressure on Belarus.", "BLR")]
    [InlineData("Israel warned that it would take action against Hezbollah.", "LBN")]
    [InlineData("China warned it would retaliate against Japan.", "JPN")]
    [InlineData("Russia warned it would strike at Ukraine's bridges.", "UKR")]
    [InlineData("Britain warned that it would increase sanctions on Russia.", "RUS")]
    [InlineData("India warned that it would act against Pakistan.", "PAK")]
    public void What_a_warning_aims_at_someone_names_its_target(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Russian President Vladimir Putin is courting Turkish President Recep Tayyip Erdogan. The two presidents are cooperating closely in Syria.", "RUS,TUR")]
    [InlineData("Japanese Prime Minister Fumio Kishida is courting Indian Prime Minister Narendra Modi. The two leaders are cooperating on defence.", "JPN,IND")]
    public void The_two_after_a_sentence_naming_two_leaders_are_those_leaders(string text, string both) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "COOPERATE"
            && both.Split(',').All(c => e.Source.Any(a => a.Code.Country == c) || e.Target.Any(a => a.Code.Country == c)));
}
