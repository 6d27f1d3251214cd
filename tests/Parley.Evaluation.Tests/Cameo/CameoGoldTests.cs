using Parley.Core;
using Parley.Evaluation.Cameo;

namespace Parley.Evaluation.Tests.Cameo;

public sealed class CameoGoldTests : IDisposable
{
    private const string Good = """{"id":"A-01","story":"A","published":"2024-05-01","n":1,"text":"Peru expelled a Bolivian envoy.","events":[]}""";
    private readonly string _folder = Directory.CreateTempSubdirectory("parley-cameo-gold-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reads_every_sentence_with_its_events_skipping_blank_lines()
    {
        var gold = CameoGold.Read(Fake.Fixture("cameo-small.jsonl"));

        Assert.Equal(["S1-01", "S1-02", "S1-03", "S1-04", "S2-01", "S2-02"], gold.Select(s => s.Id));
        Assert.Equal(new DateOnly(2025, 3, 14), gold[0].Published);
        Assert.Equal(5, gold[3].Line);
        Assert.Empty(gold[2].Events);
        var intent = gold[1].Events.Single();
        Assert.Equal(("033", "03", GoldFactuality.Intent), (intent.Cameo, intent.Root, intent.Factuality));
        Assert.Equal(("NOR", "GOV", "Norway"), (intent.Source[0].Country, intent.Source[0].Sector, intent.Source[0].Text));
        Assert.Equal(GoldFactuality.Asserted, gold[3].Events[0].Factuality);
        Assert.True(gold[4].Events[0].Doubtful);
        Assert.False(gold[5].Events[0].Doubtful);
        Assert.Empty(gold[5].Events[1].Target);
    }

    [Theory]
    [InlineData("{\"id\":", "line 1: not valid JSON")]
    [InlineData("[1,2]", "line 1: the line is not a JSON object")]
    [InlineData("""{"story":"A","published":"2024-05-01","n":1,"text":"x","events":[]}""", "line 1: field 'id': missing or empty")]
    [InlineData("""{"id":"A-01","story":"A","published":"1 May 2024","n":1,"text":"x","events":[]}""", "field 'published': '1 May 2024' is not a yyyy-MM-dd date")]
    [InlineData("""{"id":"A-01","story":"A","published":"2024-05-01","n":0,"text":"x","events":[]}""", "field 'n': missing or not a whole number")]
    [InlineData("""{"id":"A-01","story":"A","published":"2024-05-01","n":1,"text":"x"}""", "field 'events': missing or not an array")]
    [InlineData("""{"id":"A-01","story":"A","published":"2024-05-01","n":1,"text":"x","events":[{"cameo":42,"source":[{"code":"PER"}]}]}""", "field 'events[0].cameo': 42 is a number")]
    [InlineData("""{"id":"A-01","story":"A","published":"2024-05-01","n":1,"text":"x","events":[{"cameo":"250","source":[{"code":"PER"}]}]}""", "field 'events[0].cameo': '250' is not a CAMEO code")]
    [InlineData("""{"id":"A-01","story":"A","published":"2024-05-01","n":1,"text":"x","events":[{"cameo":"042","source":[]}]}""", "field 'events[0].source': an event needs at least one source actor")]
    [InlineData("""{"id":"A-01","story":"A","published":"2024-05-01","n":1,"text":"x","events":[{"cameo":"042","source":[{"actorText":"Peru"}]}]}""", "field 'events[0].source[0].code': missing or empty")]
    [InlineData("""{"id":"A-01","story":"A","published":"2024-05-01","n":1,"text":"x","events":[{"cameo":"042","source":[{"code":"PER"}],"target":"BOL"}]}""", "field 'events[0].target': not an array")]
    [InlineData("""{"id":"A-01","story":"A","published":"2024-05-01","n":1,"text":"x","events":[{"cameo":"042","source":[{"code":"PER"}],"factuality":"maybe"}]}""", "field 'events[0].factuality': 'maybe' is not one of asserted, future, intent")]
    [InlineData(Good + "\n" + Good, "line 2: field 'id': 'A-01' is used by an earlier line")]
    [InlineData(Good + "\n" + """{"id":"A-02","story":"A","published":"2024-05-02","n":2,"text":"y","events":[]}""", "line 2: field 'published': story 'A' was dated 2024-05-01")]
    [InlineData(Good + "\n" + """{"id":"A-02","story":"A","published":"2024-05-01","n":1,"text":"y","events":[]}""", "line 2: field 'n': story 'A' already has a sentence 1")]
    public void Fails_on_a_bad_line_naming_the_line_and_the_field(string content, string expected)
    {
        var path = Write(content);

        var e = Assert.Throws<ParleyException>(() => CameoGold.Read(path));

        Assert.Equal(ErrorCodes.MalformedJson, e.Error.Code);
        Assert.StartsWith($"{path} line ", e.Error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Error.Message, StringComparison.Ordinal);
        Assert.EndsWith("the format is in docs/evaluation-cameo.md.", e.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_on_a_missing_or_empty_file()
    {
        Assert.Equal(ErrorCodes.NotFound, Assert.Throws<ParleyException>(() => CameoGold.Read(Path.Combine(_folder, "none.jsonl"))).Error.Code);
        Assert.Equal(ErrorCodes.EmptyInput, Assert.Throws<ParleyException>(() => CameoGold.Read(Write("\n\n"))).Error.Code);
    }

    private string Write(string content)
    {
        var path = Path.Combine(_folder, $"gold-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, content);
        return path;
    }
}
