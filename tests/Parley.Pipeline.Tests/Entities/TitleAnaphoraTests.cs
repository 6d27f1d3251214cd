using Parley.Core;
using Parley.Pipeline.Tests.Events;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "the minister", "the governor": a definite title with no name after it is the latest person of the last few sentences
/// holding that title, so the acts told of it in later sentences have that person (and country) as their source.
/// </summary>
public sealed class TitleAnaphoraTests
{
    [Theory]
    [InlineData("Kenyan Foreign Minister Amina Wafula arrived in Kampala on Monday. The minister urged Uganda to reopen the border.", "Amina Wafula", "KEN")]
    [InlineData("Ghanaian Defence Minister Kofi Mensah-Bonsu spoke on Friday. The defence minister later accused Togo of sheltering rebels.", "Kofi Mensah-Bonsu", "GHA")]
    [InlineData("Peruvian Interior Minister Rosa Quispe visited Lima's port. On Tuesday, the minister criticised Bolivia over smuggling.", "Rosa Quispe", "PER")]
    [InlineData("Chilean Foreign Secretary Tomas Irarrazaval landed in Buenos Aires. The secretary praised Argentina for the deal.", "Tomas Irarrazaval", "CHL")]
    [InlineData("Hilda Osei, Ghana's trade minister, opened the fair. The minister also condemned Nigeria over the border closure.", "Hilda Osei", "GHA")]
    [InlineData("Tanzanian Ambassador Juma Mwinyi met reporters on Sunday. He spoke for an hour. The ambassador then accused Kenya of spying.", "Juma Mwinyi", "TZA")]
    public void A_definite_title_is_the_latest_person_holding_it(string text, string person, string country)
    {
        var document = EventTestDocuments.Run(text);
        var second = document.Sentences[^1];
        Assert.Contains(document.Events, e => e.Sentence == second.Range && e.Source.Any(a => a.Name == person && a.Code.Country == country));
    }

    [Theory]
    // a plural, a title with "of" (a new official) or a name after it is no anaphor
    [InlineData("Kenyan Foreign Minister Amina Wafula arrived in Kampala on Monday. The ministers urged Uganda to reopen the border.")]
    [InlineData("Kenyan Foreign Minister Amina Wafula arrived in Kampala on Monday. The minister of finance urged Uganda to reopen the border.")]
    // a title the person never held is someone else
    [InlineData("Kenyan Foreign Minister Amina Wafula arrived in Kampala on Monday. The governor urged Uganda to reopen the border.")]
    [InlineData("Kenyan Foreign Minister Amina Wafula arrived in Kampala on Monday. The ambassador urged Uganda to reopen the border.")]
    // another body's chief, and a title with its own name in apposition
    [InlineData("EU foreign policy chief Amina Wafula arrived in Kampala on Monday. The army chief urged Uganda to reopen the border.")]
    [InlineData("EU foreign policy chief Amina Wafula arrived in Kampala on Monday. The chief, Gen. Yoweri Okello, urged Uganda to reopen the border.")]
    public void Other_titles_are_not_the_person(string text)
    {
        var document = EventTestDocuments.Run(text);
        var second = document.Sentences[^1];
        Assert.DoesNotContain(document.Events, e => e.Sentence == second.Range && e.Source.Any(a => a.Name == "Amina Wafula"));
    }

    [Fact]
    public void A_title_far_back_is_out_of_reach()
    {
        var document = EventTestDocuments.Run("Kenyan Foreign Minister Amina Wafula arrived in Kampala. Talks began at noon. Lunch was served. "
            + "The rain stopped. Crowds gathered outside. Markets stayed open. The minister urged Uganda to reopen the border.");
        Assert.DoesNotContain(document.Mentions, m => m.Kind == MentionKind.Pronoun && document.Slice(m.Range) is "The minister");
    }
}
