using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// "Latvian farmers urged the government to ease tensions with Moscow", "the party accused the government of appeasing
    /// Ankara": when the named target stands inside the complement of a demand or a charge (<see cref="AddressedObjects"/>), the
    /// one addressed is the unnamed object before it, of the country its phrase names, else of the source's country when the
    /// source acts at home, else of the story's (<see cref="UnnamedTargets"/>). Replaces the named target; fires only when
    /// every named target lies past where the complement begins.
    /// </summary>
    private int AddressedOverComplement(TargetFill f)
    {
        var (document, source, target, trigger) = (f.Document, f.Source, f.Target, f.Trigger);
        if (source.Count == 0 || target.Count == 0 || f.Plover is not ("REQUEST" or "ACCUSE")
            || AddressedObjects.Of(document, kb, f.Sentence, trigger) is not { } addressed)
            return 0;
        var complementStart = document.Tokens[addressed.Complement].Start;
        if (!target.TrueForAll(t => t.Range.Start >= complementStart))
            return 0;
        if (UnnamedTargets.PhraseAt(document, kb, f.Sentence, Targets.ObjectStart(document, trigger), f.Plover, source) is not { Code.Country: { Length: 3 } country } addressee
            || country == "---")
            return 0;
        target.Clear();
        target.Add(addressee);
        return 1;
    }
}
