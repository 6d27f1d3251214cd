namespace Parley.Pipeline.Tests.Events;

/// <summary>In a speaker's own words, "they ... us" and "we ... them" put the speaker and its counterpart on their sides.</summary>
public sealed class QuotedSidesTests
{
    [Theory]
    [InlineData("Turkey accused the United States of meddling on Monday. \"They are threatening us, and we will respond,\" Turkey's foreign minister said.", "THREATEN", "USA", "TUR")]
    [InlineData("Venezuela accused Colombia of harbouring rebels. \"They are attacking us every day,\" Venezuela's defence minister said.", "ASSAULT", "COL", "VEN")]
    [InlineData("Iran criticized Israel on Sunday. \"They threatened us again,\" Iran's foreign minister said.", "THREATEN", "ISR", "IRN")]
    [InlineData("Russia accused Ukraine of shelling the plant. \"We will attack them,\" Russia's defence minister said.", "THREATEN", "RUS", "UKR")]
    [InlineData("Serbia accused Kosovo of provocations. \"They attacked us again,\" Serbia's president said.", "ASSAULT", "XKX", "SRB")]
    [InlineData("Pakistan criticized India over the dam. \"We condemn them for this,\" Pakistan's foreign minister said on Tuesday.", "ACCUSE", "PAK", "IND")]
    public void They_and_us_in_a_quote_are_the_counterpart_and_the_speaker(string text, string plover, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Cameroon officials say they are negotiating with Brazil to import eggs.", "CMR")]
    [InlineData("Kenyan officials said they are negotiating with Ethiopia over the border.", "KEN")]
    public void They_in_reported_speech_is_the_speaker_s_own_side(string text, string source) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT" && e.Source.Count > 0 && !e.Source.Any(a => a.Code.Country == source));
}
