using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 68: a warning that others would be arrested, prosecuted or fined, dealt with, brought before a judge, treated as
/// enemies, made to pay, held accountable, tracked down or broken up announces the warner's own act to come (THREATEN 13x),
/// also with "could" and when the warned-of people carry a relative clause of their own ("anyone who disturbed order"). A
/// warning of what others may suffer, with no act of the warner's, stays no threat. Sentences written for this test.
/// </summary>
public class WarnedPunishmentsTests
{
    [Theory]
    [InlineData("Thailand's interior minister warned that anyone in the capital who blocked the roads could be prosecuted.")]
    [InlineData("Peru's interior minister warned on Tuesday that protesters who occupied the airport would be arrested.")]
    [InlineData("Zambia's police chief warned that anyone caught burning property would be dealt with firmly.")]
    [InlineData("Ecuador's defence minister warned that anyone who attacked the soldiers would be brought before a military court.")]
    [InlineData("Mali's junta warned that any village sheltering the fighters would be treated as an enemy.")]
    [InlineData("Jordan's king warned that those who attacked the border post would be made to pay.")]
    [InlineData("Ghana's electoral commission warned that party agents who tore up ballots could be held accountable.")]
    [InlineData("Kenya's interior minister warned that the gang's leaders would be tracked down one by one.")]
    [InlineData("Uganda's police warned that unauthorised rallies in Kampala would be broken up.")]
    public void A_warning_of_what_others_would_undergo_is_a_threat(string text)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("THREATEN", "13"), (e.Plover, e.Cameo[..2]));
        Assert.NotEmpty(e.Source);
    }

    [Theory]
    [InlineData("The refugee agency warned that families who fled the fighting could be sent back to danger.")]
    [InlineData("Economists warned that the farmers who borrowed heavily could lose their land.")]
    public void A_warning_of_what_others_may_suffer_is_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
}
