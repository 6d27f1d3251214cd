namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A second predicate joined by "but" shares the first one's subject, as one joined by "and" does: the first verb's object
/// ("admitted Chinese merchants but barred workers") is never the second verb's subject. A new subject after "but" acts.
/// </summary>
public class ButPredicatesTests
{
    [Fact]
    public void The_first_verbs_object_is_not_the_second_verbs_subject()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("The new act admitted Chinese merchants but barred workers.").Events,
            e => e.Plover == "COERCE" && EventTestDocuments.Countries(e.Source) == "CHN");
    }

    [Theory]
    [InlineData("Kenya welcomed Somali refugees but expelled Ethiopian traders.", "COERCE", "KEN")]
    [InlineData("The army shelled the rebel town but Rwanda condemned the attack.", "ACCUSE", "RWA")]
    public void The_shared_or_new_subject_acts(string text, string plover, string source)
    {
        var e = EventTestDocuments.Run(text).Events.Single(e => e.Plover == plover);
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }
}
