namespace Parley.Pipeline.Tests.Time;

public class TimeTaggerCasesTests
{
    public static TheoryData<int, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Time", "cases.tsv");
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var columns = line.Split('\t');
            Assert.True(columns.Length == 3, $"cases.tsv line {number} needs 3 tab-separated columns");
            data.Add(number, columns[0], columns[1], columns[2]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tags_every_case_in_the_table(int line, string dct, string sentence, string expected)
    {
        var actual = TimeTestDocuments.Describe(TimeTestDocuments.Tagged(sentence, dct));
        Assert.True((expected == "-" ? "" : expected) == actual, $"cases.tsv line {line}: expected [{expected}] got [{actual}]");
    }
}
