using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// Round 70: an accusation or a criticism whose object, right after its verb, is of the accuser's own country (a named
    /// actor, "accused Baghdad of", or one named by what it is, "accused the prime minister of") is aimed at that object
    /// (<see cref="AccusedAtHome"/>), before any side is lent from the story. Only for a source of one known country.
    /// </summary>
    private int AccusedHome(TargetFill f)
    {
        var (document, source, sentence, trigger) = (f.Document, f.Source, f.Sentence, f.Trigger);
        // Criticism and accusations only (111, 112 and their subcodes), not official complaints or lawsuits.
        if (f.Plover != "ACCUSE" || f.Trigger.Pattern.Cameo is not ['1', '1', '1' or '2', ..] || f.Reading.Framed is not null || f.Reading.Act is not null || source.Count == 0
            || source[0].Code.Country is not { Length: 3 } country || !kb.Countries.ContainsKey(country) || source.Exists(s => s.Code.Country != country)
            || AccusedAtHome.ObjectHead(document, sentence, trigger) is not (>= 0 and var head))
            return 0;
        var objectStart = document.Tokens[head].Start;
        foreach (var m in f.Arguments.Target)
        {
            var mention = document.Mentions[m];
            if (mention.Start != objectStart || source.Exists(s => s.Entity == mention.Entity) || AccusedAtHome.Possessor(document, sentence, f.Index.TokenAt(mention.End - 1) + 1))
                continue;
            if (Resolve(document, [m], f.Date, f.Index) is [{ Code.Country: var c } named] && c == country)
            {
                f.Target.Add(named);
                return 1;
            }
            return 0;
        }
        // A state named by its name ("India criticised the interim authorities") speaks of another side four times in five.
        if (Jurisdictions.StateEntity(document, country) is not { } state || source.Exists(s => s.Entity == state) || AccusedAtHome.ForeignHeads(document, head, sentence))
            return 0;
        var start = head > 0 && document.Slice(document.Tokens[head - 1].Range) is "the" ? head - 1 : head;
        if (TargetPhrases.Phrase(document, kb, start, sentence.EndToken) is not { Site: false, Property: false, International: false } phrase
            || phrase.First != start || phrase.Sector.Length == 0
            || AccusedAtHome.Itself(document, phrase, source)
            || TargetHomes.Named(document, kb, phrase, sentence.EndToken) is { } named2 && named2.Country != country)
            return 0;
        var range = new TextRange(document.Tokens[phrase.First].Start, document.Tokens[phrase.Head].End);
        f.Target.Add(new EventActor(range, state, document.TextOf(range), new ActorCode(country, phrase.Sector), null));
        return 1;
    }
}
