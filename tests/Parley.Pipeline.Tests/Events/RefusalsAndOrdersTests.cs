namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Refusals and orders by institutions: a refusal to do something for unnamed people is aimed at them, of the refuser's
/// country (+target.domestic); an order or ban told as a further one ("also ordered") is a second event, not a repeat.
/// </summary>
public class RefusalsAndOrdersTests
{
    [Theory]
    [InlineData("Zambia has strict school rules. The Ndola Boys Secondary School refused to enroll his son.", "ZMB", "ZMB")]
    [InlineData("The Ugandan school refused to admit the students.", "UGA", "UGA")]
    [InlineData("The Zambian hospital refused to treat the patients.", "ZMB", "ZMB")]
    [InlineData("A Peruvian university refused to register two pupils from the Andes.", "PER", "PER")]
    [InlineData("The Egyptian interior ministry refused to let the families visit.", "EGY", "EGY")]
    [InlineData("Russia refused to return Ukrainian children.", "RUS", "UKR")]
    public void A_refusal_to_act_for_people_is_aimed_at_them(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Nobody is refused anything by declining to speak.
    [InlineData("The Nigerian government refused to comment on the report.")]
    [InlineData("The Kenyan embassy refused to say when the talks would resume.")]
    public void A_refusal_with_nobody_in_it_has_no_target(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal) && e.Target.Count > 0);
    }

    [Theory]
    [InlineData("Kenya's High Court on Tuesday ordered every public hospital to register newborns. The Kenyan court also ordered the hospital to pay the mother damages.", "100", 2)]
    [InlineData("Kenya's High Court ordered the ministry to publish the contracts. The Kenyan High Court later also ordered the ministry to pay costs.", "100", 2)]
    [InlineData("The Taliban banned women from parks in Kabul. The Taliban also banned women from gyms in Kabul.", "172", 2)]
    [InlineData("Iranian police detained two Iranian activists in Tehran. Iranian police again detained two Iranian activists in Tehran.", "173", 2)]
    // Told twice, the same act is one event.
    [InlineData("The Taliban banned women from parks in Kabul. The Taliban banned women from parks in Kabul, a rights group said.", "172", 1)]
    public void A_further_act_is_a_second_event(string text, string cameo, int count)
    {
        Assert.Equal(count, EventTestDocuments.Run(text).Events.Count(e => e.Cameo == cameo));
    }
}
