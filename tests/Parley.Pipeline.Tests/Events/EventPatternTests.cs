using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

public class EventPatternTests
{
    private const string Header = "id\ttrigger\tkind\tplover\tmode\tcameo\tsource\ttarget\n";

    private static IReadOnlyList<EventPattern> Load(params string[] files) =>
        EventPattern.Load(files.Select((f, i) => ((TextReader)new StringReader(f), $"file{i}.tsv")));

    [Fact]
    public void The_shipped_lexicon_covers_every_plover_type_and_cameo_root()
    {
        var patterns = EventPattern.LoadDefault();
        var types = patterns.Where(p => !p.IsBlocker).Select(p => p.Plover).ToHashSet();
        foreach (var plover in new[] { "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT" })
            Assert.Contains(plover, types);
        var roots = patterns.Where(p => !p.IsBlocker).Select(p => p.Cameo[..2]).ToHashSet();
        foreach (var root in new[] { "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20" })
            Assert.Contains(root, roots);
    }

    [Fact]
    public void Rule_ids_are_versioned_and_unique_per_file()
    {
        foreach (var p in EventPattern.LoadDefault())
            Assert.Matches(@"^[a-z]+\.[a-z0-9-]+\.v\d+$", p.Id);
    }

    [Fact]
    public void A_user_row_replaces_the_row_with_its_id()
    {
        var patterns = Load(Header + "x.meet.v1\tmeet+\tverb\tCONSULT\tmeet\t040\tsubject\twith\n",
                            Header + "x.meet.v1\tmeet+\tverb\tCONSULT\tmeet\t043\tsubject\twith\n");
        Assert.Equal("043", Assert.Single(patterns).Cameo);
    }

    [Fact]
    public void Plus_words_and_gaps_expand_into_trigger_forms()
    {
        var p = Assert.Single(Load(Header + "x.impose.v1\timpose+ * sanction+|embargo\tverb\tSANCTION\t\t163\tsubject\ton|against\n"));
        Assert.Contains("imposed", p.Trigger[0]);
        Assert.Equal(["*"], p.Trigger[1]);
        Assert.Contains("sanctions", p.Trigger[2]);
        Assert.Equal(["on", "against"], p.TargetPrepositions);
        Assert.False(p.TargetIsObject);
    }

    [Theory]
    [InlineData("x.a.v1\tmeet\tadverb\tCONSULT\t\t040\tsubject\t-", "kind 'adverb'")]
    [InlineData("x.a.v1\tmeet\tverb\tCONSULT\t\t4\tsubject\t-", "CAMEO code '4'")]
    [InlineData("x.a.v1\tmeet\tverb\tCONSULT\t\t040\tobject\t-", "source 'object'")]
    [InlineData("x.a.v1\t* meet\tverb\tCONSULT\t\t040\tsubject\t-", "must start and end with a word")]
    [InlineData("x.a.v1\tmeet\tverb\tNONE\t\t040\tsubject\t-", "or - for a NONE row")]
    public void A_bad_row_fails_with_a_coded_message_that_names_it(string row, string message)
    {
        var e = Assert.Throws<ParleyException>(() => Load(Header + row + "\n"));
        Assert.Equal(ErrorCodes.BadUserData, e.Error.Code);
        Assert.Contains(message, e.Error.Message, StringComparison.Ordinal);
        Assert.Contains("x.a.v1", e.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_user_file_is_reported_with_its_path()
    {
        var e = Assert.Throws<ParleyException>(() => EventPattern.LoadDefault(["/nonexistent/patterns.tsv"]));
        Assert.Equal(ErrorCodes.NotFound, e.Error.Code);
        Assert.Contains("/nonexistent/patterns.tsv", e.Error.Message, StringComparison.Ordinal);
    }
}
