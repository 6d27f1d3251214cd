using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>"Urrejola thanked her": an object "him"/"her" is the person it stands for (<see cref="PronounObjects"/>), when that person codes as an actor.</summary>
    private int PronounObject(TargetFill f)
    {
        var (document, source) = (f.Document, f.Source);
        var act = f.Reading.Act ?? f.Trigger;
        if (source.Count == 0 || PronounObjects.Pronoun(document, f.Sentence, act) < 0)
            return 0;
        var k = PronounObjects.Antecedent(document, f.Sentence, PronounObjects.Previous(document, f.Sentence), document.Tokens[f.Trigger.FirstToken].Start,
            entity => source.Exists(a => a.Entity == entity) || f.Arguments.Source.Any(m => document.Mentions[m].Entity == entity));
        if (k < 0 || _actors.Resolve(document, k, f.Date, f.Index) is not { Code.Country: { Length: 3 } country } person || country == "---")
            return 0;
        f.Target.Add(person);
        return 1;
    }
}
