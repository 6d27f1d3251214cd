using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The verb of a subject relative clause ("countries that refused", ", which repeals") has the noun the clause hangs on as its
/// subject: the actors a list names when the noun includes them ("X, Y and two other countries", "X and Y, two neighbours"),
/// nobody coded when the noun is no actor ("the law, which repeals"), and never the main clause's subject.
/// </summary>
public class RelativeSubjectsTests
{
    [Theory]
    [InlineData("Belarus expelled envoys from Lithuania, Latvia and two other countries that refused to recognise the vote.", "REJECT", "LTU,LVA")]
    [InlineData("Morocco recalled its ambassadors to Algeria and Tunisia, two neighbours that condemned the border wall.", "ACCUSE", "DZA,TUN")]
    public void A_noun_that_includes_listed_actors_is_the_relative_verbs_subject(string text, string plover, string source)
    {
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);
    }

    [Fact]
    public void A_relative_on_a_thing_gives_its_verb_no_actor()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("Protesters in Accra welcomed the new law, which repeals the curfew.").Events, e => e.Plover == "CONCEDE");
    }

    [Fact]
    public void A_place_a_relative_follows_is_not_its_subject()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("A court heard about the bombing of a French base in war-torn Mali that killed nine soldiers.").Events,
            e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Source) == "MLI");
    }

    [Fact]
    public void That_before_a_giver_verb_after_a_thing_opens_a_relative()
    {
        // Round 68 (GiverRelatives): a verb whose source is its "from" giver needs no clause subject, so "that drew criticism
        // from Kenya" is read; gold codes 7 of 9 such read-set sentences 111.
        Assert.Contains(EventTestDocuments.Run("Uganda's decision that drew criticism from Kenya was reversed.").Events,
            e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == "KEN");
    }
}
