namespace Parley.Pipeline.Tests.Events;

public sealed class TargetListedTests
{
    [Theory]
    [InlineData("On Monday, Trump levied 15% tariffs on copper and lumber shipments to the U.S. from 20 countries, including the EU bloc.", "SANCTION", "IGO")]
    [InlineData("Beijing imposed export curbs on rare earths to several Western nations, including Germany.", "COERCE", "DEU")]
    [InlineData("The Kremlin expelled diplomats of nine countries, among them Poland, on Friday.", "SANCTION", "POL")]
    [InlineData("Turkey condemned several European governments, including Denmark, over the protests.", "ACCUSE", "DNK")]
    [InlineData("Washington sanctioned companies in a dozen states, such as Iran, for supplying drones.", "SANCTION", "IRN")]
    [InlineData("Brazil's president met leaders of several African nations, including Angola, in Luanda.", "CONSULT", "AGO")]
    public void The_named_members_of_a_listed_side_are_the_target(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Nigeria imposed a curfew on Monday, and several groups, including Amnesty International, criticised the move.")]
    public void A_list_after_another_clause_names_no_target_of_the_first_act(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "COERCE" && e.Rule.Contains("+target.listed", StringComparison.Ordinal));
}
