using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A pattern row's first word is a trigger word, and many rows start with a word that also modifies agent nouns ("trade
/// fight", "transport strike", "gas station"). Before an agent noun such a word must not make its country the actor:
/// "the Nigerian transport workers" are workers, not the Nigerian state.
/// </summary>
public class ModifierFirstWordsTests
{
    /// <summary>Nouns and adjectives that commonly modify an agent noun or stand inside an organisation's name.</summary>
    private static readonly string[] s_modifiers =
    [
        "oil", "gas", "fuel", "petrol", "power", "energy", "trade", "economic", "aid", "relief", "rescue", "transport", "labor", "labour",
        "union", "climate", "election", "electoral", "press", "finance", "budget", "border", "security", "rail", "railway", "national",
        "mining", "farm", "health", "media", "tax", "water", "food", "peace", "rights", "student", "youth", "business", "state", "missile",
        "protest", "strike", "price", "court", "culture", "research", "space", "weather", "radio", "television", "bus", "metro", "road",
    ];

    /// <summary>Every first word of a shipped row that is one of <see cref="s_modifiers"/>: the rows this class guards.</summary>
    public static TheoryData<string> RowFirstWords() => [.. FirstModifiers()];

    private static SortedSet<string> FirstModifiers()
    {
        var modifiers = s_modifiers.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var found = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pattern in EventPattern.LoadDefault())
            foreach (var word in pattern.Trigger[0])
                if (modifiers.Contains(word.TrimEnd('+')))
                    found.Add(word.TrimEnd('+').ToLowerInvariant());
        return found;
    }

    [Fact]
    public void The_shipped_rows_start_with_such_modifiers() =>
        Assert.Superset(new HashSet<string> { "trade", "transport", "union", "gas", "border", "security", "national" }, FirstModifiers());

    [Theory]
    [MemberData(nameof(RowFirstWords))]
    public void A_row_s_first_word_before_an_agent_noun_leaves_the_agent_acting(string word)
    {
        var accusation = Assert.Single(EventTestDocuments.Run($"The Nigerian {word} workers accused Ghana of closing the border.").Events, e => e.Cameo == "112");
        var source = Assert.Single(accusation.Source);
        Assert.Equal("NGA", source.Code.Country);
        Assert.NotEqual("GOV", source.Code.Sector);
    }

    [Theory]
    [InlineData("A Russian gas firm accused Ukraine of stealing supplies.", "RUS", "BUS")]
    [InlineData("Kenyan transport workers protested against the new fuel levy in Nairobi.", "KEN", "")]
    [InlineData("Bosnian state prosecutors charged the Serb leader with defying the court.", "BIH", "JUD")]
    [InlineData("Zimbabwe's election monitors criticised the ruling party.", "ZWE", "NGO")]
    [InlineData("Indian trade unions accused the government of selling off the railways.", "IND", "")]
    [InlineData("Chilean climate activists accused Brazil of burning the Amazon.", "CHL", "")]
    public void The_agent_noun_after_a_modifier_decides_the_sector(string text, string country, string sector)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        var source = e.Source[0];
        Assert.Equal(country, source.Code.Country);
        Assert.NotEqual("GOV", source.Code.Sector);
        if (sector.Length > 0)
            Assert.Equal(sector, source.Code.Sector);
    }
}
