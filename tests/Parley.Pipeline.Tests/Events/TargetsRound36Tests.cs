namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Targets the sentence gives past its plain object: troops sent into land another state holds, prisoners released with no
/// nationality, the toll told before a "when" clause, a foreign institution named as the one asked. Sentences written for these tests.
/// </summary>
public sealed class TargetsRound36Tests
{
    [Fact]
    public void Troops_sent_into_land_another_state_governs_face_that_state()
    {
        var e = EventTestDocuments.Run("Burundian President Evariste Ndayishimiye threatened on Monday to send soldiers into the northern Kivu province, which is governed by neighbouring Congo.")
            .Events.First(e => e.Plover == "THREATEN");
        Assert.Equal(("BDI", "COD"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.held", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Troops_sent_into_land_with_no_holder_named_get_no_held_target() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Burundi threatened on Monday to send soldiers into the northern hills.").Events,
            e => e.Rule.Contains("+target.held", StringComparison.Ordinal));

    [Theory]
    [InlineData("Egyptian authorities freed 40 prisoners on Tuesday, among them two foreign journalists, after talks with a visiting German minister.", "EGY")]
    [InlineData("The Cuban government released more than 500 political prisoners after a visit by a Vatican envoy.", "CUB")]
    public void Prisoners_given_no_nationality_are_the_releasing_state_s_own(string text, string home)
    {
        var e = EventTestDocuments.Run(text).Events.First(e => e.Plover == "RETREAT");
        Assert.Equal((home, home), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Egypt released 30 Sudanese prisoners on Tuesday.")]
    [InlineData("Egypt released the prisoners on Tuesday after the talks in Khartoum.")]
    public void Prisoners_named_by_nationality_or_told_before_are_not_read_as_the_releaser_s_own(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.domestic", StringComparison.Ordinal));

    [Fact]
    public void An_attack_told_in_a_when_clause_after_its_toll_strikes_the_side_the_toll_fell_on()
    {
        var e = EventTestDocuments.Run("Three Afghan border guards were wounded when Iranian soldiers opened fire across the frontier on Monday, officials said.")
            .Events.First(e => e.Plover == "ASSAULT");
        Assert.Equal(("IRN", "AFG"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.victims", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Egypt renewed its demand that the British Museum return the Rosetta Stone.")]
    [InlineData("Egypt repeated its call for the British Museum to return the Rosetta Stone.")]
    public void A_foreign_institution_asked_to_give_something_back_is_of_the_country_its_name_gives(string text)
    {
        var e = EventTestDocuments.Run(text).Events.First(e => e.Plover == "REQUEST");
        Assert.Equal(("EGY", "GBR"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("The European Union promised 50 million euros to help the relief operation in Sudan.", "SDN")]
    [InlineData("Japan pledged $40 million to fund reconstruction in Ukraine.", "UKR")]
    public void Aid_pledged_for_a_purpose_goes_to_the_country_the_purpose_phrase_places_it_in(string text, string aided)
    {
        var e = EventTestDocuments.Run(text).Events.First(e => e.Plover == "AGREE");
        Assert.Equal(aided, EventTestDocuments.Countries(e.Target));
        Assert.Contains("+target.purpose", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pledge_with_no_purpose_phrase_gets_no_purpose_target() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Japan pledged $40 million at a donors' conference in Paris.").Events,
            e => e.Rule.Contains("+target.purpose", StringComparison.Ordinal));

    [Fact]
    public void A_mission_led_by_a_state_is_that_state_s()
    {
        var e = EventTestDocuments.Run("Mali welcomed a Kenyan-led multinational security mission.").Events.First(e => e.Plover == "SUPPORT");
        Assert.Equal(("MLI", "KEN"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
