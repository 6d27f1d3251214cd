using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>A trigger names a shared word list as <c>@name</c> (data/lexicon/evaluation-words.tsv) instead of repeating it.</summary>
public class WordListsTests
{
    private const string Header = "id\ttrigger\tkind\tplover\tmode\tcameo\tsource\ttarget\n";

    private static IReadOnlyList<EventPattern> Load(string file) =>
        EventPattern.Load([((TextReader)new StringReader(Header + file), "user.tsv")]);

    [Fact]
    public void A_list_name_stands_for_its_words_beside_other_forms()
    {
        var p = Assert.Single(Load("x.judge.v1\t@be|stays @negative-adjective\tverb\tACCUSE\t\t111\tspeaker\tnone\n"));
        Assert.Contains("was", p.Trigger[0]);
        Assert.Contains("stays", p.Trigger[0]);
        Assert.Contains("irresponsible", p.Trigger[1]);
        Assert.Equal(WordLists.Default["negative-adjective"].Length, p.Trigger[1].Length);
    }

    [Fact]
    public void An_unknown_list_fails_with_a_coded_message_that_names_it()
    {
        var e = Assert.Throws<ParleyException>(() => Load("x.judge.v1\tis @no-such-list\tverb\tACCUSE\t\t111\tspeaker\tnone\n"));
        Assert.Equal(ErrorCodes.BadUserData, e.Error.Code);
        Assert.Contains("@no-such-list", e.Error.Message, StringComparison.Ordinal);
        Assert.Contains("x.judge.v1", e.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_defined_twice_is_refused()
    {
        var e = Assert.Throws<ParleyException>(() => WordLists.Load(new StringReader("list\twords\ngood\tfine|nice\ngood\tkind\n"), "lists.tsv"));
        Assert.Contains("'good'", e.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_list_is_named_by_a_shipped_row()
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in EventPattern.DefaultFiles)
        {
            using var reader = Parley.Knowledge.KnowledgeFiles.Embedded.Open(name);
            var text = reader.ReadToEnd();
            foreach (var list in WordLists.Default.Keys)
                if (text.Contains('@' + list + ' ', StringComparison.Ordinal) || text.Contains('@' + list + '\t', StringComparison.Ordinal)
                    || text.Contains('@' + list + '|', StringComparison.Ordinal))
                    named.Add(list);
        }
        named.UnionWith(Parley.Pipeline.Events.LabelVerdicts.ListsReadByCode);
        Assert.Equal(WordLists.Default.Keys.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }
}
