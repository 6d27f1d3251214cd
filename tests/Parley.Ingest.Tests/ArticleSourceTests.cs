using Parley.Core;

namespace Parley.Ingest.Tests;

public class ArticleSourceTests
{
    [Fact]
    public void A_folder_is_walked_recursively_in_ordinal_path_order_skipping_hidden_entries()
    {
        using var temp = new TempFolder();
        temp.Write("in/b.txt", "B");
        temp.Write("in/a.txt", "A");
        temp.Write("in/a/z.txt", "AZ");
        temp.Write("in/Z.txt", "Upper Z sorts before lower case.");
        temp.Write("in/.draft.txt", "hidden file");
        temp.Write("in/.git/config.txt", "hidden folder");
        temp.Write("in/sub/c.jsonl", "{\"text\": \"C1\"}\n{\"text\": \"C2\"}");

        var ids = Read.All(Path.Combine(temp.Root, "in")).Select(r => r.Article!.Id);

        // Ordinal: "Z" < "a"; "a.txt" < "a/z.txt" because '.' (0x2E) < '/' (0x2F).
        Assert.Equal(["Z", "a", "z", "b", "c:1", "c:2"], ids);
    }

    [Fact]
    public void Symlinked_folders_are_not_followed_so_a_loop_cannot_hang_the_walk()
    {
        using var temp = new TempFolder();
        temp.Write("tree/inner/a.txt", "Only once.");
        Directory.CreateSymbolicLink(Path.Combine(temp.Root, "tree", "inner", "loop"), Path.Combine(temp.Root, "tree"));
        Assert.Equal(["a"], Read.All(Path.Combine(temp.Root, "tree")).Select(r => r.Article!.Id));
    }

    [Fact]
    public void Input_order_is_kept_across_files_and_folders()
    {
        using var temp = new TempFolder();
        var last = temp.Write("z-last.txt", "Given first.");
        temp.Write("dir/m.txt", "From the folder.");
        var first = temp.Write("a-first.txt", "Given last.");

        var texts = Read.All(last, Path.Combine(temp.Root, "dir"), first).Select(r => r.Article!.Text);
        Assert.Equal(["Given first.", "From the folder.", "Given last."], texts);
    }

    [Fact]
    public void A_hidden_file_named_explicitly_is_read()
    {
        using var temp = new TempFolder();
        Assert.Equal("Explicit.", Read.One(temp.Write(".notes.txt", "Explicit.")).Text);
    }

    [Fact]
    public void A_missing_path_fails_with_E008_and_the_rest_go_on()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Root, "nowhere", "gone.txt");
        var results = Read.All(missing, temp.Write("here.txt", "Present."));

        Assert.Equal(ErrorCodes.NotFound, results[0].Failure?.Error.Code);
        Assert.Equal(missing, results[0].Failure?.Origin);
        Assert.Equal("gone", results[0].Failure?.Id);
        Assert.Equal("Present.", results[1].Article?.Text);
    }

    [Fact]
    public void An_empty_folder_yields_nothing()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Root, "empty"));
        Assert.Empty(Read.All(Path.Combine(temp.Root, "empty")));
    }

    [Fact]
    public void Nothing_is_read_until_results_are_enumerated()
    {
        using var temp = new TempFolder();
        var path = temp.Write("late.txt", "Written before reading.");
        var results = ArticleSource.Read([path], Read.Defaults);
        File.WriteAllText(path, "Changed before enumeration.");
        Assert.Equal("Changed before enumeration.", results.Single().Article?.Text);
    }

    [Fact]
    public void Cancellation_stops_the_batch_by_throwing()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.txt", "One.");
        var b = temp.Write("b.txt", "Two.");
        using var cts = new CancellationTokenSource();
        using var results = ArticleSource.Read([a, b], Read.Defaults, ct: cts.Token).GetEnumerator();

        Assert.True(results.MoveNext());
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => results.MoveNext());
    }

    [Fact]
    public void Every_result_has_exactly_one_of_article_and_failure()
    {
        using var temp = new TempFolder();
        temp.Write("mix/a.txt", "Fine.");
        temp.Write("mix/b.txt", "");
        temp.Write("mix/c.jsonl", "{\"text\": \"ok\"}\n{bad}\n");
        temp.Write("mix/d.html", "<p>Short page.</p>");
        temp.Write("mix/e.rss", "<rss");
        foreach (var result in Read.All(Path.Combine(temp.Root, "mix")))
            Assert.True(result.Article is null ^ result.Failure is null);
    }
}
