using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>Round 42: when an act with no target in its clause takes one from elsewhere in the story (sentences written for these tests).</summary>
public sealed class StoryCounterpartsTests
{
    private static CodedEvent Second(string text) => EventTestDocuments.Run(text).Events[1];

    [Theory]
    [InlineData("Chile accused Bolivia of blocking the trade talks on Monday. On Tuesday, Chile rejected the offer.", "BOL")]
    [InlineData("Norway protested to Russia over the fishing ban on Monday. Norway rejected the proposal.", "RUS")]
    [InlineData("Bolivia accused Chile of planning an invasion on Monday. Chile denied any plan to send troops into Peru.", "BOL")]
    public void A_reply_that_names_no_third_party_takes_the_story_counterpart(string text, string target)
    {
        var e = Second(text);
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.Contains("+target.counterpart", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Chile accused Bolivia of blocking the trade talks on Monday. Chile is negotiating to buy wheat from Argentina.")]
    [InlineData("Peru accused Ecuador of sheltering smugglers on Monday. Peru is negotiating to buy fuel from Colombia.")]
    [InlineData("Serbia accused Kosovo of harassing its citizens on Monday. On Tuesday, Serbia rejected rulings by the Venice Commission.")]
    public void The_counterpart_yields_when_the_act_own_object_names_a_third_party(string text) =>
        Assert.DoesNotContain("+target.counterpart", Second(text).Rule, StringComparison.Ordinal);

    [Theory]
    [InlineData("Ecuador and Peru exchanged fire along their disputed frontier last week. The Organization of American States offered to help resolve their differences.", "ECU,PER")]
    [InlineData("Greece and Turkey clashed over drilling rights in March. The European Union offered to help settle their dispute.", "GRC,TUR")]
    [InlineData("Serbia and Kosovo signed a trade deal on Monday. The European Union said it would keep working with both governments.", "SRB,XKX")]
    [InlineData("Ghana and Togo signed a fishing accord in Accra on Tuesday. The African Union welcomed the signing.", "GHA,TGO")]
    [InlineData("Uganda and Kenya signed a border accord on Monday. Tanzania welcomed the declaration.", "UGA,KEN")]
    [InlineData("Thailand and Cambodia agreed to a truce on Sunday. The ASEAN chair urged the parties to respect it.", "THA,KHM")]
    [InlineData("Thailand and Cambodia agreed to a truce on Sunday. Japan praised the commitment of both neighbouring countries.", "THA,KHM")]
    public void An_act_addressed_to_both_sides_is_aimed_at_the_pair_the_story_told(string text, string pair) =>
        Assert.Equal(pair, EventTestDocuments.Countries(Second(text).Target));

    [Fact]
    public void A_deed_judged_as_the_move_is_its_author() =>
        Assert.Equal("GHA", EventTestDocuments.Countries(Second("Ghana expelled Togo's ambassador on Monday. Nigeria condemned the move.").Target));

    [Theory]
    [InlineData("Armenia accused Azerbaijan of shelling its villages on Monday. On Tuesday, Armenia moved tanks and artillery toward the border.", "AZE")]
    [InlineData("India accused Pakistan of shelling its posts on Friday. India then moved tanks toward the border.", "PAK")]
    public void Forces_sent_toward_the_border_face_the_foreign_state_last_dealt_with(string text, string target)
    {
        var e = Second(text);
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.Contains("+target.border", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Forces_sent_toward_the_border_with_no_dealing_told_keep_no_target() =>
        Assert.Empty(EventTestDocuments.Run("Bolivia moved troops toward the border on Monday.").Events.Single(e => e.Plover == "MOBILIZE").Target);
}
