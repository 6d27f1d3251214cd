using Parley.Evaluation.Places;

namespace Parley.Evaluation.Tests.Places;

public sealed class GeoVirusGoldTests
{
    private static readonly string s_file = Fake.Fixture("geovirus-small.xml");

    [Fact]
    public void Reads_articles_and_aligns_each_toponym_to_its_name_in_the_text()
    {
        var (articles, unaligned) = GeoVirusGold.Read(s_file);

        Assert.Equal(3, articles.Count);
        Assert.Equal(1, unaligned); // Guayaquil is not in its article's text
        var first = articles[0];
        Assert.Equal("geovirus-001", first.Id);
        Assert.Equal(["Lyon@20", "France@26"], first.Toponyms.Select(t => $"{t.Name}@{t.Start}"));
        Assert.All(articles.SelectMany(a => a.Toponyms.Select(t => (a.Text, t))), x => Assert.Equal(x.t.Name, x.Text[x.t.Start..x.t.End]));
        Assert.Equal((-31.95, 115.86), (articles[1].Toponyms[0].Lat, articles[1].Toponyms[0].Lon));
    }

    [Theory]
    [InlineData(PlaceSplit.All, "geovirus-001 geovirus-002 geovirus-003")]
    [InlineData(PlaceSplit.Dev, "geovirus-001 geovirus-002")] // the cut moves past the rest of story one
    [InlineData(PlaceSplit.Test, "geovirus-003")]
    public void Splits_by_story_so_no_story_is_in_dev_and_test(PlaceSplit split, string expected) =>
        Assert.Equal(expected, string.Join(' ', GeoVirusGold.Read(s_file, split).Articles.Select(a => a.Id)));

    [Theory]
    [InlineData("in Lyon today", "Lyon", 3, 3)]
    [InlineData("in Lyon today", "Lyon", 4, 3)]
    [InlineData("in Lyon today", "Lyon", 0, 3)]
    [InlineData("Lyon and Lyon", "Lyon", 8, 9)]
    [InlineData("in Lyon today", "Nice", 3, null)]
    [InlineData("in Lyon today                     Lyon", "Lyon", 20, null)]
    public void Aligns_to_the_nearest_occurrence_within_a_few_characters(string text, string name, int declared, int? expected) =>
        Assert.Equal(expected, GeoVirusGold.Align(text, name, declared));

    [Fact]
    public void Rejects_files_that_are_not_xml()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "<articles><article>");
            var error = Assert.Throws<Core.ParleyException>(() => GeoVirusGold.Read(path));
            Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
