namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Word families of acts that had no trigger of their root in the dev sets' misses (data/patterns/lexicon.tsv and
/// events.tsv, vocab47), each in sentences written for this test about events of our own choosing: one member of the
/// family codes its act between the right sides, and a look-alike (the word in another sense) codes nothing of that row.
/// </summary>
public class UntriggeredFamilies47Tests
{
    [Theory]
    // Firing, sacking or suspending officials is an administrative sanction (172).
    [InlineData("The Peruvian president fired his interior minister on Monday.", "coerce.fire-the-office-holder.v1", "172", "PER")]
    [InlineData("The Bolivian government sacked the army chief after the mutiny.", "coerce.fire-the-office-holder.v1", "172", "BOL")]
    [InlineData("The Ghanaian government suspended the two officials on Friday.", "coerce.fire-the-office-holder.v1", "172", "GHA")]
    [InlineData("The Zambian ruling party suspended lawmakers over the vote.", "coerce.fire-official.v1", "172", "ZMB")]
    [InlineData("The Georgian government suspended four judges on Tuesday.", "coerce.fire-the-official.v1", "172", "GEO")]
    [InlineData("The Bolivian president fired Defence Minister Carlos Rojas last week.", "coerce.fire-titled-official.v1", "172", "BOL")]
    [InlineData("The Malian junta dismissed the regional governor from his post.", "coerce.dismiss-from-post.v1", "172", "MLI")]
    // Remarks the shared list calls insulting, posted or made about another, disapprove of it (111).
    [InlineData("The Nepali senator made insulting comments about India on television.", "accuse.derogatory-remarks.v1", "111", "NPL")]
    // Questioning whether, why, or the legality of an act doubts it aloud (111).
    [InlineData("Brazil questioned whether the Venezuelan vote was fair.", "accuse.question-whether.v1", "111", "BRA")]
    [InlineData("Norway questioned the legality of the Russian blockade.", "accuse.question-soundness.v1", "111", "NOR")]
    // Meeting a crowd with tear gas or firing into it represses it violently (175).
    [InlineData("Kenyan police responded with tear gas and rubber bullets.", "assault.respond-with-force.v1", "175", "KEN")]
    [InlineData("Ugandan soldiers fired directly into crowds in Kampala.", "assault.fire-into-crowds.v1", "175", "UGA")]
    // Another's decision annulled or overturned is rejected (120); an election annulled, a degree revoked, 172.
    [InlineData("Malawi's top court overturned a parliamentary decision to delay the vote.", "reject.annul-decision.v1", "120", "MWI")]
    [InlineData("The Israeli parliament overrode the supreme court's ruling on Monday.", "reject.annul-decision.v1", "120", "ISR")]
    [InlineData("Kenya's Supreme Court annulled the presidential election on Friday.", "coerce.annul-election.v1", "172", "KEN")]
    [InlineData("Ecuador's court invalidated the mayoral election in Quito.", "coerce.annul-election.v1", "172", "ECU")]
    [InlineData("The Turkish court annulled the mayor's university degree.", "coerce.revoke-status.v1", "172", "TUR")]
    // Taking someone to prison detains them (173).
    [InlineData("Egyptian police took the blogger to a maximum-security prison.", "coerce.take-to-prison.v1", "173", "EGY")]
    // Opening proceedings against someone, or interrogating them, investigates (09).
    [InlineData("The European Commission opened formal proceedings against the Chinese retailer.", "accuse.open-proceedings.v1", "090", "IGO")]
    [InlineData("Peruvian prosecutors interrogated the former president for six hours.", "accuse.interrogate.v1", "090", "PER")]
    // Pausing talks or putting them on hold halts negotiations (164).
    [InlineData("The Guatemalan government paused negotiations with Honduras on Monday.", "sanction.pause-talks.v1", "164", "GTM")]
    [InlineData("Colombia put talks with the rebels on hold in March.", "sanction.talks-on-hold.v1", "164", "COL")]
    // Parole granted and refugees taken in give refuge (075).
    [InlineData("Kenya granted humanitarian parole to Somali refugees.", "aid.grant-parole.v1", "075", "KEN")]
    [InlineData("Turkey took in thousands of Syrian refugees.", "aid.take-in-refugees.v1", "075", "TUR")]
    // A wreath laid or candles lit at a memorial are a symbolic act (017).
    [InlineData("The Armenian president laid a wreath at the war memorial.", "support.lay-wreath.v1", "017", "ARM")]
    [InlineData("The Polish prime minister lit candles at the old synagogue.", "support.light-candles.v1", "017", "POL")]
    // Words added to the shared list reach the judgement rows that read it ("called the remarks derogatory").
    [InlineData("The Thai government called the remarks derogatory.", "accuse.call-", "111", "THA")]
    public void A_family_member_codes_its_act(string text, string rule, string cameo, string source)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(x => x.Rule.StartsWith(rule, StringComparison.Ordinal));
        Assert.NotNull(e);
        Assert.Equal((cameo, source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("Two Malaysian ministers posted derogatory remarks about Singapore's prime minister.", "111", "MYS", "SGP")]
    [InlineData("Chile's foreign minister questioned why Bolivia needed foreign troops.", "111", "CHL", "BOL")]
    [InlineData("Mexico paused talks on a trade agreement with Peru.", "164", "MEX", "PER")]
    [InlineData("Turkey took in thousands of Syrian refugees.", "075", "TUR", "SYR")]
    public void A_family_member_aims_at_its_target(string text, string cameo, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((cameo, source, target), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Shooting at officials or shelling an office sanctions no one.
    [InlineData("Gunmen fired at the interior minister's convoy near Kabul.", "coerce.fire")]
    [InlineData("Rebel troops fired two shells at the governor's house in Goma.", "coerce.fire")]
    // Dismissing an appeal, or an offer from a government, rejects it; no one is removed from a post.
    [InlineData("The Kenyan court dismissed the minister's appeal.", "coerce.dismiss")]
    [InlineData("Houthi rebels dismissed a truce offer from the Saudi government.", "coerce.dismiss")]
    // Remarks with no judging word disapprove of nothing.
    [InlineData("The Kenyan finance minister made remarks about the budget.", "accuse.derogatory-remarks")]
    // Questioning a suspect investigates (090, accuse.question-suspect); it doubts no act aloud.
    [InlineData("Peruvian police questioned the suspect for six hours.", "accuse.question-whether")]
    // A ruling party's headquarters struck is no ruling overturned.
    [InlineData("Russian missiles struck the ruling party's headquarters in Kyiv.", "reject.annul-decision")]
    // Prisoners moved between prisons are no new detention.
    [InlineData("Peru transferred the former president to another prison.", "coerce.take-to-prison")]
    public void A_look_alike_codes_no_such_act(string text, string rule) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith(rule, StringComparison.Ordinal));
}
