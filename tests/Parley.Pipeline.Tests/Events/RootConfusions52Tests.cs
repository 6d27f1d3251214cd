namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Acts read with the right trigger but a root CAMEO coders do not give them (roots52), in sentences written for this
/// test: an appeal to others to protest or to reject rallies opposition (113), where an appeal not to protest stays an
/// appeal (02); rejecting an account, wrongdoing or a link denies it (016, where rejecting a plan stays 120); goods,
/// products and aircraft barred are embargoed (163, where a ban with no goods named stays 172); held in a named kind of
/// detention is detention (173); "appeals" naming a court is no appeal.
/// </summary>
public class RootConfusions52Tests
{
    [Theory]
    [InlineData("Ghana's opposition leader urged his followers to keep protesting against the charter.")]
    [InlineData("Opposition figures in Ghana urged Ghanaians to reject the new charter.")]
    [InlineData("Ghana's opposition leader called on his supporters to demonstrate against the charter.")]
    public void An_appeal_to_protest_or_reject_rallies_opposition(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == "113" && e.Plover == "REQUEST");
        Assert.DoesNotContain(events, e => e.Cameo == "020");
    }

    [Theory]
    // look-alikes: an appeal not to protest asks for restraint; urging a government to act stays an appeal
    [InlineData("Ghana's opposition leader urged people not to take to the streets.")]
    [InlineData("Germany urged Serbia to release the detained journalists.")]
    public void An_appeal_not_to_protest_stays_an_appeal(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Cameo == "113");
    }

    [Theory]
    [InlineData("Malawi's army rejected that account on Monday.")]
    [InlineData("Uruguay's foreign ministry rejected any wrongdoing.")]
    [InlineData("The Qatari government rejected any link to the bribery affair.")]
    public void Rejecting_an_account_or_wrongdoing_denies_it(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == "016");
        Assert.DoesNotContain(events, e => e.Cameo == "120");
    }

    [Fact]
    public void Rejecting_a_plan_stays_a_rejection()
    {
        var events = EventTestDocuments.Run("Uruguay's foreign ministry rejected the Argentine plan.").Events;
        Assert.Contains(events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Cameo == "016");
    }

    [Theory]
    [InlineData("Japan barred farm products from Vietnam on Monday.", "163")]
    [InlineData("The junta in Niamey banned French aircraft from its airspace.", "163")]
    // look-alike: a ban with no goods named stays an administrative ban
    [InlineData("Japan banned the Vietnamese party on Monday.", "172")]
    public void Goods_or_aircraft_barred_are_an_embargo(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo.StartsWith(cameo, StringComparison.Ordinal));
    }

    [Fact]
    public void Held_in_pre_trial_detention_is_detention()
    {
        var events = EventTestDocuments.Run("A Lima court ordered the two journalists held in pre-trial detention for four months.").Events;
        Assert.Contains(events, e => e.Cameo == "173");
    }

    [Fact]
    public void An_appeals_court_is_no_appeal()
    {
        var events = EventTestDocuments.Run("A Lima appeals court judge read out the verdict on Monday.").Events;
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }
}
