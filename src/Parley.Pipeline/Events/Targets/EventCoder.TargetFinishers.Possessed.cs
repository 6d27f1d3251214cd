using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>How far past the trigger the victim's possessive may stand: "strikes on two of its bases".</summary>
    private const int PossessedReach = 4;

    /// <summary>
    /// "Ukraine said Russian strikes on its power grid ...", "Kenya condemned Somali raids on its border towns": a state does
    /// not attack its own holdings, so an "its" or "their" that opens the victim of an attack is not the attacker but the first
    /// actor of another country the sentence named before the attack: the one the sentence is about ("Chile restored ties with
    /// Peru three years after Bolivian troops attacked its consulate"). Fills an empty target, and replaces
    /// one of the attacker's own country read from the possessive.
    /// </summary>
    private int PossessedVictim(TargetFill f)
    {
        var (document, source, trigger) = (f.Document, f.Source, f.Trigger);
        if (source.Count == 0 || f.Plover is not ("ASSAULT" or "COERCE") || f.Reading.Framed is not null
            || f.Target.Exists(t => !HasCountry(source, t.Code.Country)) || !VictimIsPossessed(document, f.Sentence, trigger))
            return 0;
        foreach (var g in f.Groups)
        {
            if (g.EndToken > trigger.FirstToken)
                break;
            if (g.Mentions.Any(f.Arguments.Source.Contains))
                continue;
            var owners = Resolve(document, g.Mentions, f.Date, f.Index);
            owners.RemoveAll(a => !a.Code.KnownCountry || HasCountry(source, a.Code.Country));
            if (owners.Count == 0)
                continue;
            f.Target.Clear();
            f.Target.AddRange(owners);
            return 1;
        }
        return 0;
    }

    /// <summary>Whether the trigger's victim opens with "its" or "their", after at most a preposition and a part ("on two of").</summary>
    private static bool VictimIsPossessed(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var end = Math.Min(sentence.EndToken, trigger.EndToken + PossessedReach);
        for (var t = trigger.EndToken; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "its" or "their")
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation) || !(word is "on" or "against" or "at" or "of" || IsPart(word)))
                return false;
        }
        return false;
    }

    /// <summary>A count or a part before "of": "two of its bases", "some of their positions".</summary>
    private static bool IsPart(ReadOnlySpan<char> word) =>
        word is "one" or "two" or "three" or "four" or "five" or "six" or "several" or "some" or "many" or "most" or "all" or "dozens" or "hundreds"
        || word.Length > 0 && char.IsAsciiDigit(word[0]);
}
