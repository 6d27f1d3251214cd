using Parley.Core;
using Parley.Evaluation.Cameo;

namespace Parley.Evaluation.Tests.Cameo;

public sealed class CameoAgreementTests
{
    private static CameoGoldSentence Sentence(string id, string text, params CameoGoldEvent[] events) =>
        new(id, "S", new DateOnly(2024, 5, 1), int.Parse(id[^2..], System.Globalization.CultureInfo.InvariantCulture), text, events, 1);

    private static CameoGoldEvent Doubtful(CameoGoldEvent e) => e with { Note = "doubtful: a noun only" };

    [Fact]
    public void A_second_coder_is_scored_like_Parley_found_missed_and_extra()
    {
        CameoGoldSentence[] first =
        [
            Sentence("S-01", "Kenya accused Ethiopia of a raid.", CameoMatcherTests.Gold("112", "KEN", "ETH")),
            Sentence("S-02", "Peru met Bolivia.", CameoMatcherTests.Gold("040", "PER", "BOL")),
            Sentence("S-03", "It rained."),
        ];
        CameoGoldSentence[] second =
        [
            Sentence("S-01", "Kenya  accused Ethiopia of a raid.", CameoMatcherTests.Gold("111", "KEN", "ETH")),
            Sentence("S-02", "Peru met Bolivia.", CameoMatcherTests.Gold("042", "BOL", "PER")),
            Sentence("S-03", "It rained.", CameoMatcherTests.Gold("010", "PER", "")),
        ];

        var report = CameoAgreement.Compare(first, second, new CameoOptions());

        Assert.Equal((1, 2), (report.Found.Count, report.Found.Total)); // 111 agrees with 112 by root; 042 BOL->PER is the wrong dyad
        Assert.Equal((1, 3), (report.False.Count, report.False.Total)); // the second coder's 010 in a sentence the first left empty
    }

    [Fact]
    public void Skipping_doubtful_events_drops_them_from_both_coders()
    {
        CameoGoldSentence[] first = [Sentence("S-01", "Kenya accused Ethiopia.", Doubtful(CameoMatcherTests.Gold("112", "KEN", "ETH")))];
        CameoGoldSentence[] second = [Sentence("S-01", "Kenya accused Ethiopia.", Doubtful(CameoMatcherTests.Gold("190", "KEN", "ETH")))];

        var report = CameoAgreement.Compare(first, second, new CameoOptions(SkipDoubtful: true));

        Assert.Equal((0, 0, 0), (report.GoldEvents, report.Predictions, report.False.Count));
    }

    [Theory]
    [InlineData("S-02", "Kenya accused Ethiopia.")]
    [InlineData("S-01", "Kenya blamed Ethiopia.")]
    public void Files_of_different_sentences_are_refused_with_a_coded_error(string id, string text)
    {
        CameoGoldSentence[] first = [Sentence("S-01", "Kenya accused Ethiopia.")];
        CameoGoldSentence[] second = [Sentence(id, text)];

        var e = Assert.Throws<ParleyException>(() => CameoAgreement.Compare(first, second, new CameoOptions()));

        Assert.Equal(ErrorCodes.BadUserData, e.Error.Code);
    }
}
