namespace Parley.Pipeline.Tests.Events;

public sealed class ObjectListsTests
{
    [Theory]
    [InlineData("Kenyan police fired tear gas, water cannon, and rubber bullets at Ugandan traders.", "UGA")]
    [InlineData("Russian forces launched drones, cruise missiles and ballistic missiles at Ukrainian cities overnight.", "UKR")]
    [InlineData("Hezbollah fired rockets, mortars and anti-tank missiles at Israeli positions.", "ISR")]
    [InlineData("Indian troops fired shells, mortars, and rockets at Pakistani posts across the border.", "PAK")]
    [InlineData("Ukrainian forces fired drones, rockets and artillery shells at Russian positions near Kursk.", "RUS")]
    [InlineData("North Korea fired artillery shells, rockets and drones at South Korean islands.", "KOR")]
    public void A_list_of_what_is_used_does_not_hide_the_target_after_it(string text, string target)
    {
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Target.Any(a => a.Code.Country == target));
    }
}
