using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

public class InflectionsTests
{
    [Theory]
    [InlineData("impose+", true, "impose imposes imposed imposing")]
    [InlineData("meet+", true, "meet meets met meeting")]
    [InlineData("ban+", true, "ban bans banned banning")]
    [InlineData("deny+", true, "deny denies denied denying")]
    [InlineData("withdraw+", true, "withdraw withdraws withdrew withdrawn withdrawing")]
    [InlineData("criticize+", true, "criticize criticizes criticized criticizing")]
    [InlineData("withhold+", true, "withhold withholds withheld withholding")]
    [InlineData("fly+", true, "fly flies flew flown flying")]
    [InlineData("uphold+", true, "uphold upholds upheld upholding")]
    [InlineData("talk+", false, "talk talks")]
    [InlineData("embassy+", false, "embassy embassies")]
    public void Expands_a_plus_word_to_its_forms(string word, bool verb, string expected)
    {
        var forms = Inflections.Expand(word, verb).ToHashSet();
        foreach (var form in expected.Split(' '))
            Assert.Contains(form, forms);
    }

    [Theory]
    [InlineData("sanctions")]
    [InlineData("Beijing")]
    public void Leaves_a_plain_word_alone(string word) =>
        Assert.Equal([word], Inflections.Expand(word, verb: true));

    [Theory]
    [InlineData("detained", true)]
    [InlineData("ARRESTED", true)]
    [InlineData("met", true)]
    [InlineData("held", true)]
    [InlineData("meets", false)]
    [InlineData("talks", false)]
    public void Knows_a_past_form(string word, bool past) =>
        Assert.Equal(past, Inflections.IsPastForm(word));
}
