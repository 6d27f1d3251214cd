using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Protests named as what another act or a part played is about: "Israel's crackdown on protests by Palestinians", "the
/// activist who played a prominent role in the protests", "a ban on rallies". The protests are the topic of that act, told in
/// passing, not news of their own; the crackdown, the arrest or the ban is the event.
/// </summary>
internal static class ProtestTopics
{
    /// <summary>Nouns whose preposition phrase names what they act on or take part in.</summary>
    private static readonly FrozenSet<string> s_heads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "crackdown", "crackdowns", "clampdown", "clampdowns", "ban", "bans", "role", "roles", "response", "responses", "reaction",
        "repression", "suppression", "handling", "coverage", "involvement", "participation");

    /// <summary>How many modifiers may stand between the preposition and the protest noun ("in last year's Columbia University protests").</summary>
    private const int ModifierReach = 7;

    /// <summary>
    /// "Crowds gathered outside the court, chanting slogans", "set up barricades, chanting \"Go!\"": a chant after a comma is
    /// how the crowd did the protest just coded in its sentence, the same act, not another protest (the coder checks that one
    /// was coded: "gathered in the square, chanting slogans" with no protest coded from "gathered" keeps the chant).
    /// </summary>
    public static bool Chant(Document document, int trigger, int sentenceStart) =>
        trigger - 1 > sentenceStart && document.Slice(document.Tokens[trigger].Range) is "chanting" && document.Slice(document.Tokens[trigger - 1].Range) is ",";

    /// <summary>
    /// "were detained during a protest in Dakar", "journalists covering the rally": after "during" or "covering" the protest is
    /// the setting of an act told before it, which is the news (the coder checks that its sentence has coded one: "traffic
    /// halted during a strike called by the unions" keeps the strike).
    /// </summary>
    public static bool Setting(Document document, int trigger, int sentenceStart)
    {
        for (var t = trigger - 1; t > sentenceStart && t >= trigger - ModifierReach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word.Equals("during", StringComparison.OrdinalIgnoreCase) || word is "covering")
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation) && word is not "-" && !Cues.StartsPossessive(word) || word is "on" or "in" or "against" or "to" or "of")
                return false;
        }
        return false;
    }

    /// <summary>Whether the protest word at <paramref name="trigger"/> (a noun after the preposition) is the object of a crackdown, a ban or a role before it.</summary>
    public static bool Named(Document document, int trigger, int sentenceStart)
    {
        for (var t = trigger - 1; t > sentenceStart && t >= trigger - ModifierReach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (document.Tokens[t].Is(TokenShape.Punctuation) && word is not "-" && !Cues.StartsPossessive(word))
                return false;
            if (word is "on" or "in" or "against" or "to" or "of")
                return s_heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range));
        }
        return false;
    }
}
