using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Coercion word families that had no trigger in the read sets' misses (data/patterns/conflict.tsv, coerce58): a sentence to
/// a prison term (173), removal of an office holder (172), crowd control (175), bundling into vans (173).
/// Sentences written for this test about events of our own choosing: a family member codes its act between the right sides;
/// a look-alike (the word in another sense, a death sentence, a negated or threatened act) codes nothing of that row.
/// </summary>
public class CoercionFamilies58Tests
{
    [Theory]
    // A court's sentence to a prison term imposes detention (173).
    [InlineData("An Egyptian court sentenced the blogger to seven years in prison on Sunday.", "coerce.sentence-term.v1", "173", "EGY")]
    [InlineData("A Russian court sentenced the journalist in May to nine years in a penal colony.", "coerce.sentence-term.v1", "173", "RUS")]
    // Removing or suspending a titled office holder, or stripping someone of a post, sanctions them (172).
    [InlineData("The Central African president removed the head of the Constitutional Court.", "coerce.remove-the-head.v1", "172", "CAF")]
    [InlineData("The Libyan government suspended Foreign Minister Amal Haddad on Sunday.", "coerce.remove-titled-official.v1", "172", "LBY")]
    [InlineData("The Sudanese army chief stripped his deputy of his post on Friday.", "coerce.strip-of-office.v1", "172", "SDN")]
    // Breaking up, clearing or pushing back protests and blockades is crowd control (175).
    [InlineData("Brazilian police broke up dozens of highway blockades on Tuesday.", "coerce.break-up.v2", "175", "BRA")]
    [InlineData("Kenyan police cleared the roadblocks on the main highway.", "coerce.clear-protest.v1", "175", "KEN")]
    [InlineData("Canadian riot police pushed back protesters near the parliament.", "coerce.push-back-crowd.v1", "175", "CAN")]
    // Bundling people into vans detains them (173).
    [InlineData("Ghanaian police bundled several protesters into waiting vans.", "coerce.bundle-into.v1", "173", "GHA")]
    public void A_family_member_codes_its_act(string text, string rule, string cameo, string source)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(x => x.Rule.StartsWith(rule, StringComparison.Ordinal));
        Assert.NotNull(e);
        Assert.Equal((cameo, source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    // A sentence to death, or with no term, stays the verdict (116).
    [InlineData("A Congolese military court sentenced the three soldiers to death on Friday.", "coerce.sentence.v1", "116")]
    [InlineData("An Iranian court sentenced the activist on Monday.", "coerce.sentence.v1", "116")]
    public void A_verdict_with_no_term_stays_116(string text, string rule, string cameo)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(x => x.Rule.StartsWith(rule, StringComparison.Ordinal));
        Assert.NotNull(e);
        Assert.Equal(cameo, e.Cameo);
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, x => x.Cameo == "173");
    }

    [Theory]
    // A bat or a barrier removed from a place removes no one from office.
    [InlineData("Workers removed the statue from the square in Lima.", "coerce.remove")]
    [InlineData("Engineers removed the mines from their positions near the border.", "coerce.remove")]
    // A court clearing a defendant acquits; a plane clearing a crowd controls no crowd.
    [InlineData("The Kenyan court cleared the two protesters of all charges.", "coerce.clear-protest")]
    // Breaking up a company or a cell is no crowd control.
    [InlineData("The Indian regulator broke up the state telecom monopoly.", "coerce.break-up.v2")]
    // Pushing back against critics answers them; no crowd is driven back.
    [InlineData("The Polish minister pushed back against critics of the reform.", "coerce.push-back-crowd")]
    // Bundling services into a package detains no one.
    [InlineData("The Kenyan operator bundled data and calls into cheaper packages.", "coerce.bundle-into")]
    public void A_look_alike_codes_no_such_act(string text, string rule) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith(rule, StringComparison.Ordinal));

    [Theory]
    // Negated and threatened removals are not asserted acts.
    [InlineData("The Libyan government did not suspend Foreign Minister Amal Haddad on Sunday.")]
    [InlineData("The Libyan government threatened to suspend Foreign Minister Amal Haddad.")]
    public void A_negated_or_threatened_removal_is_not_asserted(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events,
            e => e.Rule.StartsWith("coerce.remove-titled-official", StringComparison.Ordinal) && e.Factuality == Factuality.Asserted);
}
