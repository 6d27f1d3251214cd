namespace Parley.Pipeline.Tests.Events;

/// <summary>Sides named through what someone owns, what someone promised, or the part of a group that claimed an attack.</summary>
public sealed class OwnersAndPromisesTests
{
    [Theory]
    [InlineData("Zimbabwean authorities seized the printing presses of an independent daily on Monday.", "COERCE", "ZWE")]
    [InlineData("Britain froze the assets of Libya's central bank on Monday.", "SANCTION", "LBY")]
    [InlineData("Turkish police seized the property of an opposition newspaper.", "COERCE", "TUR")]
    [InlineData("Russia confiscated the farms of Ukrainian citizens in Crimea.", "COERCE", "UKR")]
    [InlineData("Venezuela seized the equipment of the opposition broadcaster on Tuesday.", "COERCE", "VEN")]
    [InlineData("Egyptian police seized the assets of Muslim Brotherhood leaders.", "SANCTION", "EGY")]
    public void A_seizure_or_a_freeze_is_aimed_at_the_owner_of_what_it_takes(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Kenya donated equipment on Monday.")]
    [InlineData("Japan sent equipment and funds to the region on Monday.")]
    public void Belongings_name_no_target_of_other_acts(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Target.Any(a => a.Name.Contains("equipment", StringComparison.Ordinal) || a.Name.Contains("funds", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Romanian miners called off their strike on Friday after the government agreed to raise their wages.", "ROU")]
    [InlineData("Bolivian miners called off their strike after the government promised fuel subsidies.", "BOL")]
    [InlineData("Nurses in Nigeria called off their strike after the government agreed to pay arrears.", "NGA")]
    [InlineData("Peruvian farmers called off their protest after the ministry pledged new credits.", "PER")]
    [InlineData("Teachers in Greece called off their strike after the government offered a pay rise.", "GRC")]
    [InlineData("Doctors in South Korea called off their strike after the government agreed to delay the reform.", "KOR")]
    public void A_concession_answers_the_side_whose_promise_it_followed(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "CONCEDE" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Two Israeli soldiers were shot dead near Hebron in an ambush claimed by the military wing of Hamas.", "PSE")]
    [InlineData("Three Turkish soldiers were killed in a bombing claimed by the armed wing of the PKK.", "TUR")]
    [InlineData("Four Nigerian soldiers were killed in a raid claimed by a faction of Boko Haram.", "NGA")]
    [InlineData("Six Somali policemen were killed in an ambush claimed by members of al-Shabab.", "SOM")]
    [InlineData("Two Afghan officials were shot dead in an attack claimed by fighters of the Taliban.", "AFG")]
    [InlineData("Five Pakistani soldiers were killed in a raid claimed by the militant wing of the Pakistani Taliban.", "PAK")]
    public void A_part_of_a_group_that_claimed_an_attack_is_the_group(string text, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Source) == source);
}
