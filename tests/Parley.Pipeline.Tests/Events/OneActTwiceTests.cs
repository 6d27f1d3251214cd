namespace Parley.Pipeline.Tests.Events;

/// <summary>One act told with two words in a sentence (conjoined verbs, an appositive noun, a participle of manner) is one event.</summary>
public sealed class OneActTwiceTests
{
    [Theory]
    [InlineData("Militants in Somalia shot and killed two aid workers near Baidoa on Monday.", "shot", "killed")]
    [InlineData("Rebels in Sudan attacked and overran an army base near El Fasher on Sunday.", "attacked", "overran")]
    public void Two_conjoined_verbs_of_one_type_are_one_act_told_by_the_later(string text, string first, string later)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger) == first);
        Assert.Contains(document.Events, e => document.TextOf(e.Trigger).StartsWith(later, StringComparison.Ordinal) && e.Plover == "ASSAULT");
    }

    [Fact]
    public void Conjoined_verbs_of_two_types_stay_two_acts()
    {
        var document = EventTestDocuments.Run("Police in Kenya arrested and beat dozens of striking teachers in Nairobi on Friday.");
        Assert.Contains(document.Events, e => e.Plover == "COERCE");
    }

    [Fact]
    public void Conjoined_verbs_read_with_two_roots_stay_two_readings()
    {
        // the shooting reads 18x against the place, the killing 19x against the soldiers: which one is right is not for this rule
        var document = EventTestDocuments.Run("Gunmen in Mali shot and killed four soldiers at a checkpoint near Gao on Monday.");
        Assert.Equal(2, document.Events.Count(e => e.Plover == "ASSAULT"));
    }

    [Fact]
    public void An_appositive_noun_names_the_act_just_told_again()
    {
        var document = EventTestDocuments.Run("Peru's opposition leader blamed the army for the deaths of six farmers, an accusation the defence ministry rejected on Monday.");
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger) == "accusation");
        Assert.Single(document.Events, e => e.Plover == "ACCUSE");
    }

    [Fact]
    public void A_participle_of_manner_is_the_act_just_told()
    {
        var document = EventTestDocuments.Run("Thousands of Armenians rallied outside the government building in Yerevan on Sunday, chanting slogans against the prime minister.");
        Assert.Single(document.Events, e => e.Plover == "PROTEST");
    }

    [Fact]
    public void A_participle_with_a_more_specific_code_is_a_new_act()
    {
        var document = EventTestDocuments.Run("Gunmen attacked a bus in northern Nigeria on Tuesday, kidnapping 20 passengers.");
        Assert.Contains(document.Events, e => e.Cameo == "181");
    }
}

/// <summary>Rejecting an accusation named just before, as the head of the verb's relative clause, denies it (016).</summary>
public sealed class DeniedChargesTests
{
    [Theory]
    [InlineData("Colombia's defence minister said the rebels had planned the ambush with help from abroad, a claim Venezuela's government rejected on Monday.", "016")]
    [InlineData("Serbia's president said protesters were paid by foreign groups, an accusation the student organisers quickly rejected.", "016")]
    public void A_rejected_charge_is_denied(string text, string cameo)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Plover == "REJECT" && e.Cameo == cameo);
    }

    [Fact]
    public void A_rejected_plan_is_still_a_rejection()
    {
        var document = EventTestDocuments.Run("Venezuela's government rejected the peace plan drawn up by Brazil on Monday.");
        Assert.DoesNotContain(document.Events, e => e.Cameo == "016");
    }
}
