namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 63 (<c>Undergoers.AfterSubordinator</c>, <c>InnerObjects</c>): the one an act is done to is never made its doer.
/// A participle right after "if"/"when"/"unless" is a passive with its subject and "be" left out ("if convicted"): with no
/// by-phrase it names no doer, with one the by-phrase acts on the main clause's subject. A named object right after a
/// verb trigger ("hold Venezuela accountable") is never the source found for it. Sentences written for this test.
/// </summary>
public sealed class PatientSidesTests
{
    [Theory]
    [InlineData("Ahmed Salem is on trial in Cairo. Salem could face ten years in prison if convicted.")]
    [InlineData("Ahmed Salem is on trial in Cairo. Salem denies the charges, but if convicted at the trial he could face ten years in prison.")]
    public void A_conditional_passive_with_no_by_phrase_names_no_convicter(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "116");

    [Fact]
    public void A_conditional_passive_by_phrase_acts_on_the_main_clause_subject()
    {
        var e = Assert.Single(EventTestDocuments.Run("Rebels in Mali usually flee into the desert when attacked by the Malian army.").Events, e => e.Plover == "ASSAULT");
        Assert.Equal(("MLI", "MLI"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains(e.Source, a => a.Code.Sector == "MIL");
    }

    [Fact]
    public void The_named_object_of_hold_accountable_is_never_its_source() =>
        Assert.DoesNotContain(EventTestDocuments.Run(
            "WASHINGTON — The agency said it opposes exports that could help Venezuela's oil sector and continues to hold Venezuela accountable through penalties.").Events,
            e => e.Cameo == "112" && EventTestDocuments.Countries(e.Source) == "VEN");

    [Fact]
    public void An_active_verb_with_its_own_subject_keeps_it() =>
        Assert.Contains(EventTestDocuments.Run("WASHINGTON — The United States will hold Venezuela accountable for the attack.").Events,
            e => e.Plover is "ACCUSE" or "THREATEN" && EventTestDocuments.Countries(e.Source) == "USA" && EventTestDocuments.Countries(e.Target) == "VEN");
}
