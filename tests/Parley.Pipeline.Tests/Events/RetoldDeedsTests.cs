using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 45: a verdict on a definite deed noun ("condemned the strikes", "said the crackdown was ...") is aimed at the doer of
/// the act the story told with a word of the noun's family ("struck", "cracked down"), before the latest act of its kind
/// (<see cref="RetoldDeeds"/>, <see cref="DeedFamilies"/>); and a party or group outside the state judges its own state's deed
/// (<see cref="JudgeSides"/>).
/// </summary>
public class RetoldDeedsTests
{
    [Theory]
    [InlineData("strikes", "struck")]
    [InlineData("strike", "striking")]
    [InlineData("arrests", "arrested")]
    [InlineData("ban", "banned")]
    [InlineData("shelling", "shelled")]
    [InlineData("detention", "detained")]
    [InlineData("decision", "decided")]
    [InlineData("deployment", "deployed")]
    [InlineData("seizure", "seized")]
    [InlineData("invasion", "invaded")]
    [InlineData("vote", "voted")]
    public void A_deed_noun_and_its_verb_are_one_family(string noun, string verb) =>
        Assert.Equal(DeedFamilies.Key(noun), DeedFamilies.Key(verb));

    [Theory]
    [InlineData("strikes", "stripped")]
    [InlineData("arrests", "armed")]
    [InlineData("ban", "bombed")]
    [InlineData("decision", "declared")]
    public void Words_that_only_look_alike_are_not(string noun, string verb) =>
        Assert.NotEqual(DeedFamilies.Key(noun), DeedFamilies.Key(verb));

    [Theory]
    [InlineData("Ethiopian troops shelled three towns in Eritrea on Monday. Later that day Sudan fired rockets at Eritrean border posts. Kenya condemned the shelling.", "KEN", "ETH")]
    [InlineData("Belarusian police cracked down on protesters in Minsk on Sunday. On Monday Russian troops shelled a village in Ukraine. Poland condemned the crackdown.", "POL", "BLR")]
    [InlineData("Chile struck two villages in Bolivia on Monday. Peru later fired rockets at Bolivian border posts. Argentina condemned the strikes.", "ARG", "CHL")]
    public void A_verdict_on_a_deed_noun_judges_the_doer_of_the_act_of_its_family(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Theory]
    // "struck a deal" is no strike: the latest attack's doer is judged
    [InlineData("Chile struck a trade deal with Argentina on Monday. Peru later fired rockets at Bolivian border posts. Brazil condemned the strikes.", "BRA", "PER")]
    public void A_word_of_the_family_in_an_act_of_another_kind_is_not_the_deed(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Theory]
    [InlineData("Tunisian police detained four opposition leaders on Tuesday. The Ennahda party criticized the arrests.")]
    [InlineData("Tunisian police detained four opposition leaders on Tuesday. The Ennahda party said the arrests were a bid to intimidate its supporters.")]
    public void A_party_judges_its_own_state_s_deed(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == "TUN" && EventTestDocuments.Countries(e.Target) == "TUN"
            && e.Target[0].Code.Sector == "COP");
    }

    [Theory]
    // the state judging its own police's act is one side: no verdict aimed at the police
    [InlineData("Tunisian police detained four opposition leaders on Tuesday. Tunisia's interior ministry said the arrests were lawful and necessary.")]
    public void A_state_does_not_judge_its_own_forces_deed(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE" && e.Target.Count > 0 && e.Target[0].Code.Sector == "COP");
    }

    [Theory]
    [InlineData("Ethiopian troops shelled three towns in Eritrea on Monday. Later that day Sudan fired rockets at Eritrean border posts. Egypt and Kenya condemned the shelling, with Cairo calling it a grave violation of the U.N. Charter.", "EGY", "ETH")]
    [InlineData("Belarusian police arrested dozens of protesters in Minsk on Sunday. On Monday Russian troops shelled a village in Ukraine. Lithuania's president commented on the arrests, calling them a grave violation of human rights.", "LTU", "BLR")]
    public void A_pronoun_object_of_a_verdict_stands_for_the_deed_named_before_it(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && e.Rule.StartsWith("accuse.call", StringComparison.Ordinal)
            && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Theory]
    // the nearest definite phrase is no deed: "it" is the constitution, not the shelling
    [InlineData("Ethiopian troops shelled three towns in Eritrea on Monday. On Tuesday Kenya criticized the new constitution of Somalia, calling it a threat to democracy.")]
    // "it" is singular, "the strikes" plural
    [InlineData("Ethiopian troops struck three towns in Eritrea on Monday. Kenya condemned the strikes, and its president called it a grave mistake.")]
    public void A_pronoun_that_cannot_stand_for_the_deed_is_not_read_as_it(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith("accuse.call", StringComparison.Ordinal) && e.Target.Any(t => t.Code.Country == "ETH"));
    }
}
