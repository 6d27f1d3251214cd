namespace Parley.Pipeline.Tests.Events;

/// <summary>Phrasings common in wire stories, each in a sentence written for this test, with the CAMEO root a coder gives them.</summary>
public class RealNewsPhrasingsTests
{
    [Theory]
    [InlineData("China conducted military drills encircling Taiwan on Friday.", "MOBILIZE", "150", "CHN", "TWN")]
    [InlineData("Russia held naval exercises off the coast of Norway.", "MOBILIZE", "150", "RUS", "NOR")]
    [InlineData("The Taliban had barred the UN envoy from the country.", "SANCTION", "163", "AFG", "IGO")]
    [InlineData("Israel prohibited the UN rapporteur from entering the territory.", "SANCTION", "172", "ISR", "IGO")]
    [InlineData("The Taliban have imposed a ban on the American broadcaster.", "COERCE", "172", "AFG", "USA")]
    [InlineData("Moscow dismissed the findings of the UN experts as lies.", "REJECT", "016", "RUS", "IGO")]
    [InlineData("Seoul and Canberra shared concerns over China's fishing fleets.", "ACCUSE", "111", "KOR,AUS", "CHN")]
    [InlineData("Canada requested dispute consultations with the United States on Thursday.", "ACCUSE", "115", "CAN", "USA")]
    [InlineData("Belarus's transfer of weapons and fuel to Russia worried Vilnius.", "AID", "072", "BLR", "RUS")]
    [InlineData("Iran transferred attack drones to Russia last year.", "AID", "072", "IRN", "RUS")]
    [InlineData("North Korea has shipped artillery shells to Russia since August.", "AID", "072", "PRK", "RUS")]
    // Warning that what others do is dangerous or illegal is criticism of them, named inside the clause.
    [InlineData("The United States and Japan warned on Monday that growing military ties between Iran and Russia are dangerous and illegal.", "ACCUSE", "111", "USA,JPN", "IRN,RUS")]
    [InlineData("Germany warned that the Russian deployment near Ukraine was reckless.", "ACCUSE", "111", "DEU", "RUS")]
    // Calling an act a punishment or retaliation for what others did accuses them.
    [InlineData("Russia on Friday called the expulsions retaliation for an unfriendly move by Poland.", "ACCUSE", "112", "RUS", "POL")]
    // What a state receives from another, the other gives it.
    [InlineData("Egypt received two bailout packages from the IMF.", "AID", "071", "IGO", "EGY")]
    [InlineData("Ukraine secured $2 billion in aid from Japan on Monday.", "AID", "071", "JPN", "UKR")]
    public void Codes_the_phrasing_and_its_sides(string text, string plover, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal((plover, cameo, source, target), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // The other side of a reply is the partner the text has named already; a denial of "the claims" is aimed at their
    // author, the accuser (round 61's DeniedAccusations), which here is the same partner.
    [InlineData("Washington accused Ankara of jailing a consulate employee. Turkey rejected the claims on Monday.", "016", "TUR", "USA", "+target.accuser")]
    // The partner of another actor of the same country counts too ("Pakistan" before, "Sharif" now).
    [InlineData("The United States urged Pakistan to investigate the vote. Prime Minister Shehbaz Sharif rejected the resolution on Wednesday.", "120", "PAK", "USA", "+target.counterpart")]
    public void A_reply_is_aimed_at_the_partner_already_named(string text, string cameo, string source, string target, string rule)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.EndsWith(rule, e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // A partner named several sentences back is no longer the other side: the story has moved on.
    // (An accusation is the exception: a denial answers it however far back it was told; StoryAccusersTests.)
    [InlineData("Washington urged Ankara to free a jailed consulate employee. The employee had worked there for years. His family lives in Izmir. "
        + "The harbour was busy that week. Exports of hazelnuts rose in spring. Turkey rejected the claims on Monday.", "016")]
    [InlineData("Tirana accused the State Department of meddling. The vote was held in May. Turnout was low in the north. "
        + "Many voters stayed home. Rain fell in the capital. The State Department dismissed the complaint on Friday.", "120")]
    public void A_partner_named_long_before_is_not_the_other_side(string text, string cameo)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Empty(e.Target);
    }

    [Fact]
    public void What_is_expected_at_a_scheduled_meeting_is_aimed_at_its_other_side_however_far_back_it_was_announced()
    {
        // The meeting is announced first; four sentences of background later, what one side will do there targets the other.
        var document = EventTestDocuments.Run(
            "Norway's foreign minister will meet Chile's foreign minister in Santiago on Friday. The two countries trade salmon. "
            + "Exports rose last year. Shipping costs fell in the spring. Ports in the south were busy. "
            + "Norway's foreign minister is expected to raise concerns about fishing quotas.");
        var e = Assert.Single(document.Events, e => e.Plover == "ACCUSE");
        Assert.Equal(("NOR", "CHL"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.EndsWith("+target.counterpart", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // The organiser named in a hyphenated modifier is the other side of a meeting.
    [InlineData("Taliban envoys attended a U.N.-organized meeting in Doha on Sunday.", "AFG", "IGO")]
    [InlineData("Israeli negotiators resumed U.S.-brokered talks in Cairo on Monday.", "ISR", "USA")]
    public void A_meeting_is_with_its_organiser(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Where deportees are sent, or sent from, is not whom the deportation acts on.
    [InlineData("Thai police deported 40 men to Xinjiang on Thursday.")]
    [InlineData("Immigration agents deported 90 detainees from Guantanamo Bay to Honduras last week.")]
    public void A_deportation_does_not_target_its_destination(string text)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("174", StringComparison.Ordinal));
        Assert.DoesNotContain("+target.location", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // The one who reports a passive act is not the one it befell.
    [InlineData("Nigerian police said no ransom was paid for the pupils, who were kidnapped last Friday.", "COP")]
    [InlineData("Kenyan officials said no money was paid for the nurses, who were kidnapped on Monday.", "GOV")]
    public void A_reporter_is_not_the_victim_of_a_passive_act(string text, string sector)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Target.Any(a => a.Code.Sector == sector));
    }

    [Theory]
    // The subject of what is alleged is the one accused, not the accuser's own government.
    [InlineData("The Kenyan government signed a loan agreement with the IMF on Thursday. Opposition parties alleged that the army was behind the fraud.", "MIL")]
    [InlineData("Ghanaian opposition leaders alleged that the police were behind the attacks on their offices.", "COP")]
    public void An_allegation_accuses_the_subject_of_what_is_alleged(string text, string sector)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE");
        Assert.Equal(sector, Assert.Single(e.Target).Code.Sector);
    }

    [Theory]
    // An opposition that names nobody answers its own government, not the government's last partner.
    [InlineData("The Kenyan government signed a loan agreement with the IMF on Thursday. Opposition parties rejected the agreement on Friday.", "120")]
    [InlineData("The Kenyan government signed a loan agreement with the IMF on Thursday. Opposition parties alleged that the deal was corrupt.", "112")]
    public void An_opposition_answers_its_own_government(string text, string cameo)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal(("KEN", "KEN", "GOV"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target), e.Target[0].Code.Sector));
    }

    [Theory]
    // A first-person subject in a quote is the speaker named after it; a word inside the quote never is.
    [InlineData("\u201cI urge Iran to release the detained sailors,\u201d Kenyan President William Ruto said.", "REQUEST", "KEN", "IRN")]
    [InlineData("\u201cWe reject the baseless allegations,\u201d India's foreign ministry said.", "REJECT", "IND", "")]
    // Talks with a partner and no side of their own are the speaker's or the clause subject's.
    [InlineData("Egypt said on Tuesday its discussions with the International Monetary Fund had gone smoothly.", "CONSULT", "EGY,IGO", "EGY,IGO")]
    // A delegation sent, a flight to a country: a visit to it.
    [InlineData("Moscow sent a trade delegation to Nicaragua for the ceremony.", "CONSULT", "RUS", "NIC")]
    [InlineData("Marco Rubio flew to Panama on Saturday.", "CONSULT", "USA", "PAN")]
    // A participle demand after a comma asks of the one its main clause acts on.
    [InlineData("In his latest report, the UN envoy highlighted the Taliban's curbs on women, demanding they be immediately reversed.", "REQUEST", "IGO", "AFG")]
    [InlineData("The European Union criticised Iran's missile programme on Monday, urging it to stop the tests.", "REQUEST", "IGO", "IRN")]
    public void Finds_the_sides_news_leaves_implicit(string text, string plover, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void A_quoted_first_person_is_not_the_last_country_in_the_quote() =>
        Assert.DoesNotContain(EventTestDocuments.Run("\u201cI urge them to reverse the decision and let me travel to Afghanistan,\u201d he said.").Events,
            e => e.Source.Any(a => a.Code.Country == "AFG"));

    [Theory]
    // A failure to act is not the act; what follows a denied claim is its content, not its target.
    [InlineData("Ankara resented Obama's failure to sell Patriot missiles to Turkey.", "AID")]
    [InlineData("Venezuela dismissed accusations it is buying drones from Iran.", "REJECT:IRN")]
    public void Neither_a_failed_act_nor_a_denied_claim_is_coded_as_done(string text, string unwanted)
    {
        var (plover, target) = unwanted.Split(':') is [var p, var t] ? (p, t) : (unwanted, null);
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events,
            e => e.Plover == plover && (target is null || e.Target.Any(a => a.Code.Country == target)));
    }

    [Theory]
    // An agreement named with a determiner or an owner exists already; signing or reaching one is the news.
    [InlineData("Manila cited its mutual defense treaty with the United States.")]
    [InlineData("Pyongyang's envoy defended Pyongyang and Moscow's treaty on Friday.")]
    public void An_existing_agreement_is_not_an_event(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE");

    [Fact]
    public void A_new_agreement_named_with_its_partner_still_is() =>
        Assert.Contains(EventTestDocuments.Run("Kenya reached a new trade deal with Uganda on Monday.").Events, e => e.Plover is "AGREE" or "SUPPORT");

    [Fact]
    public void Asylum_sought_in_a_country_is_sought_from_it()
    {
        var e = Assert.Single(EventTestDocuments.Run("Some 5,000 Syrian Kurds sought refuge in Sweden last month.").Events);
        Assert.Equal(("REQUEST", "SWE"), (e.Plover, EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // "the IMF loan", "the U.K. ban": a bare form after "the" and a name is a noun, not that name's act.
    [InlineData("Pakistan stressed the importance of the IMF loan.", "AID")]
    [InlineData("Farmers said the Ghana ban would hurt trade.", "COERCE")]
    // "the Kabul attack": a place before a hostile noun is where it struck, not who struck.
    [InlineData("Nigeria responded to the Maiduguri attack by closing the border.", "ASSAULT")]
    public void A_name_before_a_noun_is_not_its_actor(string text, string plover) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == plover && e.Source.Count > 0);

    [Theory]
    // An act named to say since when is a time reference; "have since banned" and an opening "Since" (a reason) are not.
    [InlineData("No country has recognized the junta since it seized control of Niger in 2023.", 0)]
    [InlineData("The two countries have been at odds since talks failed in Doha.", 0)]
    [InlineData("Malian authorities have since banned trucks from driving after dark.", 1)]
    public void An_act_that_dates_another_is_not_news(string text, int events) =>
        Assert.Equal(events, EventTestDocuments.Run(text).Events.Count(e => e.Factuality == Parley.Core.Factuality.Asserted));

    [Fact]
    public void A_demand_with_must_is_the_nearest_speaker_s()
    {
        var e = Assert.Single(EventTestDocuments.Run("Beijing probably understood that Taiwanese President Lai Ching-te said China must stop intimidating Taiwan.").Events);
        Assert.Equal(("REQUEST", "TWN", "CHN"), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void Appealing_a_court_order_is_not_an_appeal_to_anyone() =>
        Assert.DoesNotContain(EventTestDocuments.Run("The dismissed Zambian miners have until March 9 to appeal the Supreme Court's ruling.").Events, e => e.Plover == "REQUEST");

    [Fact]
    public void An_appeal_to_someone_is_still_an_appeal()
    {
        var e = Assert.Single(EventTestDocuments.Run("Congolese refugees in Uganda appealed on Sunday to the United Nations for more food.").Events);
        Assert.Equal(("REQUEST", "020"), (e.Plover, e.Cameo));
    }

    [Theory]
    // Defending a region, borders or one's security is a military posture, not a verbal defence (052); defending another
    // side is; one's own decision with no side named is a position held (round 70, SelfDefences).
    [InlineData("Japan pledged to use all its assets to defend the region.", false)]
    [InlineData("The allies will take steps to defend their security.", false)]
    [InlineData("Hungary's foreign minister defended the decision on Monday.", false)]
    public void Defending_verbally_is_defending_a_position(string text, bool verbal) =>
        Assert.Equal(verbal, EventTestDocuments.Run(text).Events.Any(e => e.Cameo == "052"));

    [Theory]
    // Concern with nobody to blame is a pessimistic comment, no event (round 33, UnaimedComments); concern at an actor is criticism (111).
    [InlineData("India expressed concern about the growing unrest in the Horn of Africa.", null)]
    [InlineData("Japan expressed concern over China's naval drills.", "111")]
    public void Concern_is_criticism_only_when_aimed_at_someone(string text, string? cameo) =>
        Assert.Equal(cameo, EventTestDocuments.Run(text).Events.SingleOrDefault()?.Cameo);

    [Fact]
    public void Support_after_an_adjective_is_a_noun() =>
        Assert.DoesNotContain(EventTestDocuments.Run("The more Russia pressures Moldova, the more international support flows to Moldova.").Events, e => e.Plover == "SUPPORT");

    [Fact]
    public void A_surname_that_is_also_a_town_is_no_place_to_target() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Guatemala jailed the journalist Jose Ruben Zamora in 2022. Rights groups called for Zamora's immediate release on Monday.").Events,
            e => e.Target.Any(a => a.Code.Country == "MEX"));
}
