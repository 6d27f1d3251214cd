using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 47, the wrong-target class: a verdict on a deed whose other side the coder found past the verb's object still judges
/// its doer (<see cref="RetoldDeeds"/>); a refusal of a retold ask or charge is aimed at its author and drills, operations and
/// the scale of an act are judged acts (<see cref="JudgedActs"/>); a state's inquiry is done at home (<see cref="DomesticInquiries"/>).
/// </summary>
public class JudgedAsksAndInquiriesTests
{
    [Theory]
    [InlineData("Chilean soldiers pressed on with a large military operation in the border town on Tuesday, battling Bolivian gunmen in the streets. The Bolivian government denounced the raid as an act of war.", "BOL", "CHL")]
    [InlineData("Chilean soldiers pressed on with a large military operation in the border town on Tuesday, battling Bolivian gunmen in the streets. A UN envoy said she was alarmed by the scale of the operation.", "IGO", "CHL")]
    [InlineData("Chile and Argentina held joint naval drills near the Strait. Bolivia criticized the drills.", "BOL", "CHL,ARG")]
    public void A_verdict_on_a_told_deed_judges_its_doer(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Theory]
    [InlineData("Peru's foreign minister called on Chile to open talks on the water dispute. Chile rejected the call for talks on Wednesday.", "CHL", "PER")]
    [InlineData("Argentina urged Uruguay to halt the pulp mill. Uruguay's government rejected such demands.", "URY", "ARG")]
    // a charge dismissed is the accuser's (a partner named long before is not: RealNewsPhrasingsTests)
    [InlineData("Tirana accused the State Department of meddling. The State Department dismissed the complaint on Friday.", "USA", "ALB")]
    [InlineData("Peru's foreign minister called on Chile to open talks on the water dispute. Bolivia held a vote in May. Chile rejected the call for talks on Wednesday.", "CHL", "PER")]
    public void A_refusal_of_a_told_ask_is_aimed_at_its_author(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "REJECT" && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Theory]
    [InlineData("Portuguese police said they had opened an investigation into the incident outside the Spanish embassy.", "PRT", "PRT")]
    [InlineData("Peru's interior minister said investigators were looking into who had paid for the trucks.", "PER", "PER")]
    // the inquiry's object is a side: it is looked into
    [InlineData("Spanish prosecutors opened an investigation into Moroccan hackers.", "ESP", "MAR")]
    // an agent of the state owned in the object is looked into (HostsAndOwnersTests)
    [InlineData("Kenya launched an inquiry into the police's handling of the protests.", "KEN", "KEN")]
    public void A_state_s_inquiry_is_aimed_at_home_unless_it_looks_into_a_side(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo.StartsWith("09", StringComparison.Ordinal) && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Theory]
    [InlineData("President Ana Ruiz of Peru has apologized for the deaths but refused to step down.", "PER")]
    public void A_refusal_to_step_down_is_done_at_home(string text, string country)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == "1231" && EventTestDocuments.Countries(e.Source) == country && EventTestDocuments.Countries(e.Target) == country);
    }
}
