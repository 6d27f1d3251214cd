using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Rows that share a first word share the places their second word may stand (after a scare quote, a date, a frame's
/// adjuncts): each row still finds its own second word there, and no row borrows another's.
/// </summary>
public class TriggerSecondWordTests
{
    private const string Header = "id\ttrigger\tkind\tplover\tmode\tcameo\tsource\ttarget\n";

    private static readonly TriggerFinder s_finder = new(EventPattern.Load([(new StringReader(Header
        + "t.was-ready.v1\twas ready\tverb\tAGREE\t\t030\tsubject\t-\n"
        + "t.was-absurd.v1\twas absurd\tverb\tACCUSE\t\t111\tsubject\t-\n"
        + "t.was-to-visit.v1\twas to visit\tverb\tCONSULT\t\t042\tsubject\t-\n"
        + "t.pledged-to.v1\tpledged to\tframe\tAGREE\t\t030\tsubject\t-\n"
), "rows.tsv")]));

    /// <summary>The ids of the rows found in the text's first sentence, with the words each covers.</summary>
    private static string Find(string text)
    {
        var document = EventTestDocuments.Run(text);
        var found = new List<TriggerMatch>();
        s_finder.Find(document, document.Sentences[0], found);
        return string.Join("; ", found.Select(m => $"{m.Pattern.Id}={document.Text[m.Range.Start..m.Range.End]}"));
    }

    [Fact]
    public void The_next_word_matches_directly() =>
        Assert.Equal("t.was-ready.v1=was ready", Find("The harbour crew was ready before dawn."));

    [Fact]
    public void A_scare_quote_may_open_before_the_second_word() =>
        Assert.Equal("t.was-absurd.v1=was “absurd", Find("The mayor said the new toll was “absurd” and walked out."));

    [Fact]
    public void A_date_may_stand_before_the_second_word() =>
        Assert.Equal("t.was-ready.v1=was on Tuesday ready", Find("The rail union was on Tuesday ready to end its walkout."));

    [Fact]
    public void A_verb_rows_particle_may_follow_adjuncts() =>
        Assert.Equal("t.was-to-visit.v1=was later to visit", Find("The trade envoy was later to visit the glass works."));

    [Fact]
    public void A_frames_particle_may_follow_an_aside_or_an_adverb()
    {
        Assert.Equal("t.pledged-to.v1=pledged, in a radio address, to", Find("The governor pledged, in a radio address, to reopen the bridge."));
        Assert.Equal("t.pledged-to.v1=pledged once more to", Find("The governor pledged once more to reopen the bridge."));
    }

    [Fact]
    public void No_row_matches_where_no_second_word_follows() =>
        Assert.Equal("", Find("The old ferry was."));
}
