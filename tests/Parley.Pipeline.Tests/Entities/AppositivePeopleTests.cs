using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>"Tendai Moyo, a journalist with a weekly paper, ...": a name followed by an indefinite agent noun is a person of that trade.</summary>
public sealed class AppositivePeopleTests
{
    [Theory]
    // the country the story is about: a local introduced by trade
    [InlineData("Zimbabwe's police detained a reporter in Harare on Monday. Tendai Moyo, a journalist with a weekly paper, was held overnight. Moyo denied the charges.", "Moyo", "ZWE", "MED")]
    [InlineData("Peru's congress met in Lima. Rosa Quispe, a teacher from Cusco, led the march. Quispe said salaries had not been paid.", "Quispe", "PER", "EDU")]
    [InlineData("Uganda's police broke up a rally in Kampala. Kato Mugisha, an activist, was arrested at a rally. Mugisha called the vote a fraud.", "Mugisha", "UGA", "OPP")]
    [InlineData("Bolivia's government raised fuel prices in La Paz. Juan Mamani, a farmer, blocked the highway with his neighbours. Mamani said the prices were unfair.", "Mamani", "BOL", "CVL")]
    // the country the noun phrase names beats the story's
    [InlineData("Kenya expelled two reporters. Amadou Sow, a Senegalese journalist, was put on a plane to Dakar. Sow said he had done nothing wrong.", "Sow", "SEN", "MED")]
    [InlineData("Egypt's courts were busy on Sunday. Karim Nassar, a prominent Lebanese lawyer, filed an appeal. Nassar said the verdict was political.", "Nassar", "LBN", "JUD")]
    public void NameBeforeIndefiniteAgentNounIsAPersonOfThatSector(string text, string surname, string country, string sector)
    {
        var document = EntityTestDocuments.Run(text, new DateOnly(2021, 3, 5));
        var mentions = document.Mentions.Where(m => m.Kind == MentionKind.Name && document.TextOf(m.Range).EndsWith(surname, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(new ActorCode(country, sector), document.Entities[m.Entity].Actor));
        Assert.Equal(EntityType.Person, document.Entities[mentions[0].Entity].Type);
    }

    [Theory]
    // a definite description, a known person and a place are not introduced this way
    [InlineData("Zimbabwe's police detained a reporter. Tendai Moyo, the journalist's brother, was held overnight.", "Tendai Moyo")]
    [InlineData("Zimbabwe's police detained a reporter. Harare, a city of two million, was quiet.", "Harare")]
    public void OtherAppositionsAddNoPerson(string text, string name)
    {
        var document = EntityTestDocuments.Run(text, new DateOnly(2021, 3, 5));
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Range) == name && document.Entities[m.Entity].Rule == "entities.appositive.v1");
    }
}
