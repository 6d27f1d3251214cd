namespace Parley.Pipeline.Tests.Events;

/// <summary>Accepting, rejecting or ignoring what someone put forward is aimed at its author, however the author is named.</summary>
public sealed class AnsweredAuthorsTests
{
    [Theory]
    [InlineData("A proposal by Egypt for a prisoner exchange was turned down by Israel on Tuesday.", "REJECT", "EGY")]
    [InlineData("A request from Serbia for the extradition of two officers was rejected by Croatia.", "REJECT", "SRB")]
    [InlineData("Demands by Pakistan for a new inquiry were dismissed by India on Friday.", "REJECT", "PAK")]
    [InlineData("A peace plan drawn up by Norway was accepted by the Tamil Tigers last week.", "AGREE", "NOR")]
    [InlineData("An offer from Qatar to host the talks was welcomed by the Afghan government.", "SUPPORT", "QAT")]
    [InlineData("The ultimatum from Russia was rejected by Georgia on Sunday.", "REJECT", "RUS")]
    public void A_passive_reply_is_aimed_at_the_author_of_its_subject(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Sudan rejected a U.S.-brokered plan for a ceasefire in Darfur.", "REJECT", "USA")]
    [InlineData("A U.N.-drafted proposal on the border was accepted by Eritrea.", "AGREE", "IGO")]
    [InlineData("The rebels turned down a U.S.-backed offer of an amnesty on Thursday.", "REJECT", "USA")]
    [InlineData("Armenia accepted a U.S.-mediated deal on the disputed region.", "AGREE", "USA")]
    [InlineData("Hamas dismissed a U.N.-sponsored proposal for a truce in Gaza.", "REJECT", "IGO")]
    [InlineData("A U.S.-proposed resolution on the strait was rejected by China.", "REJECT", "USA")]
    public void A_hyphenated_maker_of_the_thing_answered_is_its_author(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("The Malian junta brushed aside a call by West African mediators to hold elections soon.", "IGO")]
    [InlineData("Zimbabwe's president rejected demands from African mediators to share power.", "IGO")]
    [InlineData("Belarus ignored an appeal by European monitors to free the activists.", "IGO")]
    [InlineData("The Syrian government rebuffed a proposal from Arab envoys for a transition.", "IGO")]
    [InlineData("Guinea's military rulers dismissed a plea by regional mediators to restore civilian rule.", "IGO")]
    [InlineData("Lesotho's prime minister rejected a call by South African mediators to resign.", "ZAF")]
    public void Mediators_of_a_region_are_its_organisation_unless_a_country_names_them(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REJECT" && EventTestDocuments.Countries(e.Target) == target);
}
