namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 14 diplomacy families, each written from the CAMEO codebook's meaning with its common verbs and nouns:
/// envoys withdrawn and blocs quit (161), words dismissed "as" something (111), a failure reported by another (111),
/// credit and tribute (051), accords settled on or adopted (057), plans thrown out or voted down (120), and the wish to
/// mend ties (030). Sentences written for this test.
/// </summary>
public class DiplomacyFamiliesTests
{
    [Theory]
    [InlineData("Egypt and Turkey withdrew their ambassadors in 2013.", "EGY,TUR")]
    [InlineData("Chile recalled its ambassadors from Peru on Monday.", "CHL")]
    [InlineData("Algeria pulled its envoy out of Madrid after the row.", "DZA")]
    [InlineData("Lithuania withdrew its diplomats from Minsk last week.", "LTU")]
    [InlineData("Mali and Niger withdrew from the regional bloc in January.", "MLI,NER")]
    [InlineData("Hungary pulled out of the alliance's energy grouping on Friday.", "HUN")]
    [InlineData("Venezuela quit the regional organization in 2017.", "VEN")]
    public void Withdrawing_envoys_or_quitting_a_bloc_reduces_relations(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "161");
        Assert.Equal(("SANCTION", source), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("Ukraine's president dismissed Moscow's reply as a cynical delaying tactic.", "UKR", "RUS")]
    [InlineData("Seoul dismissed Pyongyang's latest statement as empty bluster.", "KOR", "PRK")]
    [InlineData("Taipei brushed off Beijing's warnings as routine intimidation.", "TWN", "CHN")]
    [InlineData("The Kenyan government dismissed the Somali vote as a charade.", "KEN", "SOM")]
    [InlineData("Armenia mocked Azerbaijan's claims of victory on Tuesday.", "ARM", "AZE")]
    [InlineData("Poland sneered at the Russian president's peace rhetoric.", "POL", "RUS")]
    public void Dismissing_words_or_deeds_as_something_disparages_their_owner(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Colombia said Venezuela was failing to rein in the guerrillas.", "COL", "VEN")]
    [InlineData("\"Tehran has failed to honour its commitments,\" France said.", "FRA", "IRN")]
    [InlineData("Kenya said on Monday that Uganda had failed to pay its share of the railway.", "KEN", "UGA")]
    [InlineData("Seoul said North Korea keeps failing to answer its calls.", "KOR", "PRK")]
    [InlineData("The Philippines said Beijing has failed to respect the ruling.", "PHL", "CHN")]
    [InlineData("Brazil said Venezuela had failed to release the prisoners.", "BRA", "VEN")]
    public void A_failure_reported_by_another_is_the_speakers_criticism(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // A plain failure told by the narrator stays a refusal, as PLOVER codes "failed to reach agreement".
    [InlineData("Israel and Syria failed to reach agreement on the water dispute.", "127")]
    [InlineData("Serbia failed to release the prisoners.", "1243")]
    public void A_plain_failure_stays_a_refusal(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == cameo);
        Assert.DoesNotContain(events, e => e.Cameo == "111");
    }

    [Theory]
    [InlineData("Rubio credited Britain for playing a constructive role in the talks.", "USA", "GBR")]
    [InlineData("Kenya credited Ethiopia for its role in the peace talks.", "KEN", "ETH")]
    [InlineData("Chile paid tribute to Argentina for its help after the earthquake.", "CHL", "ARG")]
    [InlineData("Macron heaped praise on Morocco for its help with the rescue.", "FRA", "MAR")]
    [InlineData("Japan lavished praise on Vietnam during the summit.", "JPN", "VNM")]
    [InlineData("Ghana paid tribute to Nigeria's peacekeepers on Tuesday.", "GHA", "NGA")]
    public void Crediting_or_paying_tribute_praises(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "051");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Armenian and Azerbaijani defence ministers settled on a ceasefire plan in Moscow.", "057")]
    [InlineData("Greek and Macedonian negotiators came to terms on an interim accord.", "057")]
    [InlineData("Peru and Ecuador came to an agreement on the border on Monday.", "057")]
    [InlineData("Sudan and South Sudan adopted a framework agreement on oil transit.", "057")]
    [InlineData("North Korea and South Korea adopted a joint declaration.", "057")]
    [InlineData("Colombia and the rebels settled upon a timetable for disarmament.", "057")]
    public void Settling_on_or_adopting_an_accord_agrees(string text, string cameo)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal("AGREE", e.Plover);
    }

    [Theory]
    [InlineData("The Cypriot leader threw out a UN blueprint for a federation.", "CYP")]
    [InlineData("The Turkish parliament voted down a motion allowing foreign troops on its soil.", "TUR")]
    [InlineData("Israel shot down the French proposal for an international conference.", "ISR")]
    [InlineData("Pretoria threw out the Commonwealth plan on Thursday.", "ZAF")]
    [InlineData("The Kenyan senate voted down the bill on Tuesday.", "KEN")]
    [InlineData("Lebanon's parliament voted down the draft on Monday.", "LBN")]
    public void Throwing_out_or_voting_down_a_plan_rejects_it(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "120");
        Assert.Equal(("REJECT", source), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("Morocco is looking to reset relations with Algeria.", "MAR", "DZA")]
    [InlineData("Ankara had been seeking to repair strained ties with Israel.", "TUR", "ISR")]
    [InlineData("Japan hopes to mend relations with South Korea this year.", "JPN", "KOR")]
    [InlineData("Saudi Arabia is moving to restore ties with Iran.", "SAU", "IRN")]
    [InlineData("India wants to rebuild its relationship with Canada.", "IND", "CAN")]
    [InlineData("Morocco is working to normalize relations with Algeria.", "MAR", "DZA")]
    public void Seeking_better_ties_voices_intent_to_cooperate(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "030");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
