namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Talk named as the means of an act its clause just told between two sides ("apologised to Museveni in a phone call") is
/// held between those sides; talk with no such act around it ("said in a phone call that ...") names no partner.
/// </summary>
public class TalkMeansTests
{
    [Theory]
    [InlineData("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala last month. Ruto later apologized to Museveni in a phone call.", "KEN", "UGA")]
    [InlineData("Brazil's president congratulated Argentina's president on his victory in a brief phone call on Sunday.", "BRA", "ARG")]
    [InlineData("The Ghanaian president thanked Togo for its help with the refugees in a telephone call.", "GHA", "TGO")]
    public void Talk_as_the_means_of_an_act_is_between_its_sides(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.means", StringComparison.Ordinal));
        Assert.Equal(("CONSULT", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Ghana's president said in a phone call that the border would reopen.")]
    [InlineData("Ghana's president thanked Togo for its help, and the two leaders later spoke of a new road in a televised address.")]
    public void Talk_with_no_act_between_sides_around_it_names_no_partner(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.means", StringComparison.Ordinal));
}
