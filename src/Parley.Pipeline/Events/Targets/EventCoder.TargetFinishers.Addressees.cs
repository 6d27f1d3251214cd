using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// "Latvian farmers urged the government to ease tensions with Moscow", "the party accused the government of appeasing
    /// Ankara": when the named target stands inside the complement of a demand or a charge (<see cref="AddressedObjects"/>), the
    /// one addressed is the unnamed object before it, of the country its phrase names, else of the source's country when the
    /// source acts at home, else of the story's (<see cref="UnnamedTargets"/>); a government addressed by a party, a firm or
    /// a group of people that no state is (its sector is none of the state's) is their own. Replaces the named target; fires
    /// only when every named target lies past where the complement begins. A state's government pressing "the junta" or
    /// "the authorities" presses another state's: one that resolves to the source's own government or forces is left alone.
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
        var addressee = UnnamedTargets.PhraseAt(document, kb, f.Sentence, Targets.ObjectStart(document, trigger), f.Plover, source) ?? OwnGovernment(document, addressed.Phrase, source);
        if (addressee is not { Code.Country: { Length: 3 } country } || country == "---"
            || source.Exists(a => a.Code.Country == country && Sectors.IsGovernmentOrForce(a.Code.Sector)) && Sectors.IsGovernmentOrForce(addressee.Code.Sector))
            return 0;
        target.Clear();
        target.Add(addressee);
        return 1;
    }

    /// <summary>
    /// "the nationalist party accused the government of ...": a government addressed by a source of no state's sector (a party
    /// coded by its country alone, a firm, a union) is the source's own country's; null for any other phrase or source.
    /// </summary>
    private EventActor? OwnGovernment(Document document, TargetPhrase phrase, List<EventActor> source)
    {
        if (phrase.Sector != "GOV" || source[0].Code is not { Country: { Length: 3 } country } code || country is "IGO" or "NGO" or "MNC" or "IMG" or "---"
            || Sectors.IsGovernmentOrForce(code.Sector) || document.Entities[source[0].Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) == true)
            return null;
        var range = new TextRange(document.Tokens[phrase.First].Start, document.Tokens[phrase.Head].End);
        return Jurisdictions.StateEntity(document, country) is { } state ? new EventActor(range, state, document.TextOf(range), new ActorCode(country, "GOV"), null) : null;
    }
}
