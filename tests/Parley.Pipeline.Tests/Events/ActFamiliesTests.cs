namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Whole synonym families of acts that wire stories report without the codebook's usual verb: initialling a text,
/// endorsing a plan, asking for assurances, relief goods and relief sites, giving up claims, suspending a member,
/// curbing the press, and protests made with shut shops, noise or chains. Each sentence is written for this test.
/// </summary>
public class ActFamiliesTests
{
    [Theory]
    // Initialling or concluding a text is the formal agreement.
    [InlineData("Egypt and Sudan initialled a border treaty in Cairo on Wednesday.", "AGREE", "057")]
    [InlineData("Norway and Russia initialed the draft of a fisheries accord.", "AGREE", "057")]
    [InlineData("Brazil concluded a trade pact with Uruguay on Friday.", "AGREE", "057")]
    // Endorsing, approving or embracing a plan accepts it.
    [InlineData("Uganda endorsed the ceasefire proposal drafted by Tanzania.", "AGREE", "030")]
    [InlineData("Ethiopia embraced the African Union blueprint for talks.", "AGREE", "030")]
    [InlineData("Nigeria approved the ECOWAS peace plan for Liberia on Friday.", "AGREE", "030")]
    // Asking for guarantees, assurances or a commitment is a request.
    [InlineData("Taiwan sought assurances from Washington over arms sales.", "REQUEST", "020")]
    [InlineData("Georgia pressed Russia for a commitment to withdraw.", "REQUEST", "020")]
    [InlineData("Lebanon requested guarantees from Israel on the truce.", "REQUEST", "020")]
    // Relief goods sent in, and relief sites set up, are aid.
    [InlineData("Canada distributed rations to refugees in Chad.", "AID", "073")]
    [InlineData("The United Nations set up two cholera clinics in Haiti.", "AID", "073")]
    [InlineData("The Red Cross set up a field hospital in Gaza.", "AID", "073")]
    [InlineData("UNICEF opened three feeding centres for malnourished children in Niger.", "AID", "073")]
    // Giving up a claim, control or rights is a concession.
    [InlineData("Spain renounced its claim to Gibraltar.", "CONCEDE", "080")]
    [InlineData("Bolivia ceded control of the port to Chile.", "CONCEDE", "080")]
    [InlineData("Morocco waived its rights to the fishing grounds off Mauritania.", "CONCEDE", "080")]
    // Suspending, expelling or barring a member from a body reduces relations with it.
    [InlineData("The African Union suspended Mali from its councils after the coup.", "SANCTION", "160")]
    [InlineData("The Arab League expelled Syria from the organisation in 2011.", "SANCTION", "160")]
    [InlineData("ASEAN barred Myanmar from its meetings.", "SANCTION", "160")]
    // Curbing what the press may print or report restricts it.
    [InlineData("The Zimbabwean government muzzled the press on Sunday.", "COERCE", "1721")]
    [InlineData("Turkey restricted reporting by foreign journalists in the southeast.", "COERCE", "1721")]
    [InlineData("China curbed publication of the magazine.", "COERCE", "1721")]
    // Protests with no protest word: shops kept shut, pots banged, horns honked, protesters chained to gates.
    [InlineData("Palestinian merchants kept their stores closed in Hebron.", "PROTEST", "143")]
    [InlineData("Nepalese traders kept shops shut in Kathmandu.", "PROTEST", "143")]
    [InlineData("Venezuelan opposition supporters banged pots and pans in Caracas.", "PROTEST", "141")]
    [InlineData("Argentine farmers honked horns outside the presidential palace.", "PROTEST", "141")]
    [InlineData("Tibetan activists chained themselves to the gates of the Chinese embassy in New Delhi.", "PROTEST", "141")]
    public void The_act_has_its_familys_type(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }

    [Theory]
    // What a speaker will hold someone responsible for has not happened: a warning, not a charge.
    [InlineData("Israel will hold Damascus responsible for any further rocket fire on its towns.", "THREATEN")]
    [InlineData("Moscow would hold Kiev accountable for any attack on its citizens, the Russian foreign ministry said.", "THREATEN")]
    [InlineData("China held Japan responsible for the collision on Friday.", "ACCUSE")]
    // "warned (X) that Y would follow / X would pay" names a consequence to come.
    [InlineData("Washington warned Belgrade on Wednesday that air strikes would follow if Serb forces did not pull back.", "THREATEN")]
    [InlineData("India warned Pakistan that it would pay a heavy price for any new attack.", "THREATEN")]
    [InlineData("Iran warned the United States that retaliation would follow any strike.", "THREATEN")]
    // A ruler who could or might impose emergency rule threatens it.
    [InlineData("Zambia's president said he could declare a state of emergency if opposition protests continued.", "THREATEN")]
    [InlineData("The Thai government might impose martial law in the south, the army chief said.", "THREATEN")]
    // Blocking a move, bid or attempt rejects it, whatever the move would have done.
    [InlineData("Greece blocked a European move to recognise Macedonia.", "REJECT")]
    [InlineData("Britain thwarted a French bid to lift the embargo on Iraq.", "REJECT")]
    [InlineData("Russia scuppered a U.S. attempt to censure Syria at the United Nations.", "REJECT")]
    // Fighters handing in their own weapons disarm, even "the last of" them.
    [InlineData("Colombian rebels handed over the last of their weapons to United Nations monitors.", "RETREAT")]
    [InlineData("Kosovo guerrillas turned in their rifles to NATO troops.", "RETREAT")]
    public void The_configuration_decides_the_type(string text, string plover)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(plover, e.Plover);
    }

    [Theory]
    // A participle after a comma gives the reason for the act before it; that act is the news, even when the
    // participle names the one it blames or the one whose fall it demands.
    [InlineData("Supporters of the opposition blocked highways across Pakistan on Monday, demanding the resignation of Prime Minister Nawaz Sharif.", "PROTEST")]
    [InlineData("Opposition activists barricaded streets in Caracas, demanding the resignation of President Hugo Chavez.", "PROTEST")]
    [InlineData("Taliban fighters beat to death three villagers in Helmand, accusing them of spying for American forces.", "ASSAULT")]
    [InlineData("Rebels hacked to death six farmers in eastern Congo, accusing them of helping the Rwandan army.", "ASSAULT")]
    [InlineData("Islamist militants shot dead two teachers in Algeria, accusing them of serving the French government.", "ASSAULT")]
    [InlineData("Pakistani lawyers boycotted the courts in Lahore, calling for the judge's reinstatement.", "PROTEST")]
    public void A_reason_participle_is_not_the_main_event(string text, string plover)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(plover, e.Plover);
    }

    [Theory]
    // Promising to refrain is a commitment; saying one cannot accept something rejects it; inviting investors asks.
    [InlineData("Peru and Ecuador undertook not to station troops in the disputed zone.", "AGREE")]
    [InlineData("India and China pledged never to use force to settle their border dispute.", "AGREE")]
    [InlineData("Syria promised not to interfere in Lebanon's elections.", "AGREE")]
    [InlineData("Ethiopia cannot accept the commission's ruling on the border town, the prime minister said.", "REJECT")]
    [InlineData("Serbia cannot recognise Kosovo's independence, the Serbian president said on Monday.", "REJECT")]
    [InlineData("Iran can't accept the United Nations plan for its nuclear programme.", "REJECT")]
    [InlineData("Chinese Premier Zhu Rongji invited Japanese businessmen to invest in Shanghai.", "REQUEST")]
    [InlineData("India urged Gulf investors to invest in its railways.", "REQUEST")]
    [InlineData("Ghana courted Chinese firms to invest in its cocoa industry.", "REQUEST")]
    public void A_stance_phrase_has_its_own_type(string text, string plover)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(plover, e.Plover);
    }

    [Theory]
    // "a police ban", "an army curfew": after "a" and a singular noun, a bare trigger word is a noun the story names in
    // passing, not an act; the protest it was defied by is the news.
    [InlineData("Thousands of Chileans marched in Santiago on Sunday, defying a police ban imposed by the government.", 2)]
    [InlineData("Bolivian farmers blocked roads on Monday in defiance of a government ban.", 1)]
    [InlineData("Protesters in Algiers ignored a police ban and marched to parliament.", 2)]
    public void A_bare_word_after_a_noun_modifier_is_no_act(string text, int events) =>
        Assert.Equal(events, EventTestDocuments.Run(text).Events.Count());
}
