using Parley.Core;
using Parley.Pipeline.Tests.Events;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "Republican lawmakers praised ...", "Labour MPs voted ...": a party's word opening the sentence before members of a
/// legislature says whose members they are, not whose state; they sit in the legislature of the country the story is about.
/// </summary>
public sealed class PartyMembersTests
{
    [Theory]
    [InlineData("The United States raised tariffs on Monday, and the United States warned of more. Republican lawmakers praised the move.", "USA")]
    [InlineData("The United States raised tariffs on Monday, and the United States warned of more. Democratic senators criticised the move.", "USA")]
    [InlineData("Britain cut its aid budget on Monday, and Britain's ministers defended it. Labour MPs condemned the cut.", "GBR")]
    [InlineData("Britain cut its aid budget on Monday, and Britain's ministers defended it. Tory MPs welcomed the cut.", "GBR")]
    [InlineData("Canada raised its defence budget, and Canada's cabinet approved it. Conservative legislators praised the increase.", "CAN")]
    [InlineData("Germany tightened its asylum rules, and Germany's cabinet approved them. Green lawmakers condemned the rules.", "DEU")]
    public void Party_members_sit_in_the_story_country_legislature(string text, string country)
    {
        var document = EventTestDocuments.Run(text);
        var last = document.Sentences[^1];
        Assert.Contains(document.Events, e => e.Sentence == last.Range && e.Source.Any(a => a.Code.Country == country && a.Code.Sector == "LEG"));
    }

    [Fact]
    public void A_party_word_in_a_story_about_no_one_country_gives_none()
    {
        var document = EventTestDocuments.Run("Republican lawmakers praised the move.");
        Assert.DoesNotContain(document.Mentions, m => m.Kind == MentionKind.Agent && document.Slice(m.Range) is "lawmakers");
    }
}
