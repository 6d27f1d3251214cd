namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Acts that news tells in words no trigger covered before, each family in sentences written for this test: weapons
/// tests and shows of force, restrictions and expulsions told without their agent, help flown in, stated plans.
/// </summary>
public class NewsActsTests
{
    [Theory]
    // A weapons test, a low pass of warplanes or an exercise shows military power (150).
    [InlineData("Pakistan test-fired a nuclear-capable cruise missile on Wednesday.")]
    [InlineData("North Korea test-launched an intercontinental ballistic missile toward the Sea of Japan.")]
    [InlineData("Iran tested a new hypersonic missile on Saturday.")]
    [InlineData("India conducted a missile test off its eastern coast on Monday.")]
    [InlineData("Russian bombers flew low over the Baltic Sea on Tuesday.")]
    [InlineData("China carried out drills near Taiwan.")]
    [InlineData("Iran is testing a new air defence system near Isfahan.")]
    public void A_weapons_test_or_exercise_shows_force(string text) => AssertMain(text, "MOBILIZE", "150");

    [Theory]
    // A restriction on where one may go or what one may do, told without its agent, is still the restriction (172).
    [InlineData("The jailed Bolivian governor is not allowed to leave Bolivia, his lawyers say.", "172")]
    [InlineData("Cambodian journalist Mech Dara is not permitted to travel abroad.", "172")]
    [InlineData("Ethiopian opposition leaders were forbidden from campaigning in the north.", "172")]
    [InlineData("Belarusian opposition activists are prohibited from leaving Minsk.", "172")]
    // Being thrown out of one's country is an expulsion (174).
    [InlineData("Zimbabwean opposition lawmakers are being thrown out of their country.", "174")]
    [InlineData("Nicaraguan priests were kicked out of their country last year.", "174")]
    public void An_agentless_restriction_is_coded(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == cameo && e.Plover == "COERCE" && e.Factuality == Core.Factuality.Asserted);
    }

    [Theory]
    // One who flies or comes in to join or help rescuers abroad gives aid (070), not a visit.
    [InlineData("Spanish firefighters flew in to help their Greek counterparts battle the blaze.", "ESP", "GRC")]
    [InlineData("A Japanese rescue team arrived in to assist Turkish rescuers after the quake.", "JPN", "TUR")]
    [InlineData("A Mexican firefighter has flown in to join his American counterparts in Oregon.", "MEX", "USA")]
    [InlineData("Egyptian doctors came in to help Libyan medics in Derna.", "EGY", "LBY")]
    public void Flying_in_to_help_is_aid(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("AID", "070"), (e.Plover, e.Cameo));
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Announcing a phaseout, a plan, a timetable or a target states an intent (030).
    [InlineData("Germany announced a phaseout of nuclear power on Monday.")]
    [InlineData("Kenya unveiled a timetable for the withdrawal of its troops from Somalia.")]
    [InlineData("Indonesia set a target of ending coal power by 2040.")]
    [InlineData("Chile announced a plan for ending coal mining.")]
    [InlineData("Vietnam unveiled a roadmap for cutting methane emissions.")]
    [InlineData("Poland announced a phase-out of coal in home heating.")]
    public void Announcing_a_plan_states_an_intent(string text) => AssertMain(text, "AGREE", "030");

    [Theory]
    // Taking another to court or suing it is a lawsuit (115).
    [InlineData("A Nigerian rights group sued the Nigerian government over the shootings.")]
    [InlineData("Ukraine took Russia to the International Court of Justice in 2022.")]
    [InlineData("Gambia hauled Myanmar to court over the Rohingya killings.")]
    [InlineData("South Africa filed a case against Israel at the World Court.")]
    public void Going_to_court_is_a_lawsuit(string text) => AssertMain(text, "ACCUSE", "115");

    [Theory]
    // Calling for an act, alone or after a comma, appeals for it (02x).
    [InlineData("The World Health Organization called for a ceasefire in Sudan.")]
    [InlineData("Kenya criticised the talks on Monday, calling for more ambitious targets.")]
    [InlineData("The World Health Organization is calling for more funding for Sudan.")]
    public void Calling_for_an_act_is_an_appeal(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "REQUEST" && e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }

    private static void AssertMain(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }
}
