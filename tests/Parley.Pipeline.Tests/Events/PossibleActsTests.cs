using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Acts a rule permits ("the law allows the state to seize"), nominal acts that are the subject of a modal of possibility
/// ("sanctions can snap back") and acts one expects of another ("expects Russia to attack") are possibilities, not reports.
/// </summary>
public class PossibleActsTests
{
    [Theory]
    [InlineData("The new decree allows the Malian army to detain suspects without charge.", "detain")]
    [InlineData("The bill authorizes the Pentagon to send troops to Taiwan.", "send troops")]
    [InlineData("A court ruling enables Kenyan police to arrest opposition leaders.", "arrest")]
    [InlineData("The new law allows Russian police to arrest foreign journalists.", "arrest")]
    [InlineData("The mandate permits Congolese soldiers to attack M23 rebels.", "attack")]
    [InlineData("The resolution authorizes African Union troops to attack al-Shabab bases.", "attack")]
    public void An_act_a_rule_permits_is_hypothetical(string text, string trigger) =>
        Assert.Equal(Factuality.Hypothetical, FactualityOf(text, trigger));

    [Theory]
    [InlineData("Under the accord, U.N. sanctions can return quickly should Tehran break its pledges.", "sanctions")]
    [InlineData("Chinese sanctions could hit Lithuanian exporters hard.", "sanctions")]
    [InlineData("Israeli strikes on Gaza could resume next week.", "strikes on")]
    [InlineData("Russian attacks may intensify, Ukraine warned.", "attacks")]
    [InlineData("A Turkish offensive in Syria would endanger civilians, Washington said.", "offensive")]
    [InlineData("Sudanese airstrikes might spread the war to Chad, UN analysts said.", "airstrikes")]
    public void A_nominal_act_under_a_modal_of_possibility_is_hypothetical(string text, string trigger) =>
        Assert.Equal(Factuality.Hypothetical, FactualityOf(text, trigger));

    [Theory]
    [InlineData("A senior U.S. admiral said he expects Pyongyang to launch another long-range missile.", "launch another long-range missile")]
    [InlineData("Kyiv anticipates Russia to attack Kharkiv again this spring.", "attack")]
    [InlineData("Diplomats predicted Israel to strike Iranian nuclear sites.", "strike")]
    [InlineData("The Pentagon expects China to blockade Taiwan within a decade.", "blockade")]
    [InlineData("Western officials are expecting Moscow to expel more diplomats.", "expel more diplomats")]
    [InlineData("Several EU analysts expect Beijing to retaliate against Lithuania.", "retaliate")]
    public void An_act_one_expects_of_another_is_a_forecast(string text, string trigger) =>
        Assert.Equal(Factuality.Hypothetical, FactualityOf(text, trigger));

    [Theory]
    // One's own expected act, or one scheduled for the subject, is still to come.
    [InlineData("Iran expects to sign the deal with Russia next week.", "sign")]
    [InlineData("Putin is expected to visit Beijing in May.", "visit")]
    public void An_expected_act_of_the_subject_is_future(string text, string trigger) =>
        Assert.Equal(Factuality.Future, FactualityOf(text, trigger));

    [Theory]
    [InlineData("Analysts fear Trump could either return to threats, or accept North Korea as a nuclear state.", "accept")]
    [InlineData("The junta might either expel the French ambassador, as it did last year, or arrest opposition leaders.", "arrest")]
    [InlineData("Beijing may either curb rare earth exports, which would hurt Japan, or expel Japanese diplomats.", "expel Japanese diplomats")]
    [InlineData("Ankara could either buy more Russian missiles, as Erdogan hinted, or sign a new deal with Washington.", "sign")]
    [InlineData("Tehran would either enrich uranium further, officials warned, or expel IAEA inspectors.", "expel IAEA inspectors")]
    [InlineData("Moscow could either recognize the breakaway regions, as the Duma urged, or invade Ukraine.", "invade")]
    public void The_second_choice_of_either_or_shares_the_modal_before_either(string text, string trigger) =>
        Assert.Equal(Factuality.Hypothetical, FactualityOf(text, trigger));

    [Theory]
    [InlineData("Kenya will either close the Dadaab camp, home to 200,000 people, or expel the Somali refugees.", "expel", Factuality.Future)]
    [InlineData("Kenya either closed the camp, as promised, or expelled the refugees.", "expelled", Factuality.Asserted)]
    public void A_choice_under_will_is_future_and_one_without_a_modal_is_asserted(string text, string trigger, Factuality factuality) =>
        Assert.Equal(factuality, FactualityOf(text, trigger));

    [Theory]
    // Past permission reports what happened; a nominal act with a plain verb is reported.
    [InlineData("Egypt allowed Hamas officials to visit Cairo.", "visit")]
    [InlineData("Chinese sanctions on Lithuania hit exporters hard.", "sanctions")]
    [InlineData("Israeli strikes on Gaza killed 12 people.", "strikes on")]
    [InlineData("The Malian army detained 20 suspects on Monday.", "detained")]
    public void Done_acts_stay_asserted(string text, string trigger) =>
        Assert.Equal(Factuality.Asserted, FactualityOf(text, trigger));

    private static Factuality? FactualityOf(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        foreach (var e in document.Events)
            if (document.TextOf(e.Trigger).Equals(trigger, StringComparison.Ordinal))
                return e.Factuality;
        return null;
    }
}
