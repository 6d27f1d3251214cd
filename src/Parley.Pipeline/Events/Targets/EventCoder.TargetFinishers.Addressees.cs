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
    /// Round 65: "the ministry accused radical groups of trying to storm parliament", "the president accused foreign-funded
    /// groups of using the protests": a charge against groups named by what they are, with no name, demonym or "foreign"
    /// (<see cref="AddressedObjects.ModifiedGroups"/>), is aimed at groups at home when a state's side makes it: the source's
    /// country. Fills an empty target before a side of the story could be lent (the counterpart the state last dealt with),
    /// and replaces a named one that lies inside the charge ("of trying to storm parliament").
    /// </summary>
    private int ChargedHomeGroups(TargetFill f)
    {
        var (document, source, target, trigger) = (f.Document, f.Source, f.Target, f.Trigger);
        if (source.Count == 0 || f.Plover is not "ACCUSE" || f.Reading.Act is not null
            || source[0].Code is not { Country: { Length: 3 } country } code || !Sectors.IsState(code.Sector) || !kb.Countries.ContainsKey(country)
            || source.Exists(s => s.Code.Country != country)
            || AddressedObjects.ModifiedGroups(document, f.Sentence, trigger) is not { } groups)
            return 0;
        var complementStart = document.Tokens[groups.Complement].Start;
        if (!target.TrueForAll(t => t.Range.Start >= complementStart) || Jurisdictions.StateEntity(document, country) is not { } state)
            return 0;
        var range = new TextRange(document.Tokens[groups.Start].Start, document.Tokens[groups.Head].End);
        target.Clear();
        target.Add(new EventActor(range, state, document.TextOf(range), new ActorCode(country, null), null));
        return 1;
    }

    /// <summary>
    /// "Baku detained a group of people suspected of spying for Tehran", "Oslo expelled a Russian diplomat accused of
    /// recruiting a Norwegian official": a state named in the charge hung on the object (<see cref="AddressedObjects.ChargeAfterObject"/>)
    /// is not the one acted on; the object is: the actors named in it (inside the trigger's words or right after them), else
    /// the people it names by what they are. Fills an empty target, and replaces a named one only when every named target lies inside the charge.
    /// </summary>
    private int ChargedObject(TargetFill f)
    {
        var (document, source, target, trigger) = (f.Document, f.Source, f.Target, f.Trigger);
        if (source.Count == 0 || f.Reading.Act is not null || AddressedObjects.ChargeAfterObject(document, f.Sentence, trigger) is not (>= 0 and var charge))
            return 0;
        var chargeStart = document.Tokens[charge].Start;
        if (!target.TrueForAll(t => t.Range.Start >= chargeStart))
            return 0;
        var objectStart = document.Tokens[trigger.FirstToken].End;
        var named = new List<int>();
        for (var k = document.FirstMentionFrom(objectStart); k < document.Mentions.Length && document.Mentions[k].Start < chargeStart; k++)
            if (!f.Arguments.Source.Contains(k))
                named.Add(k);
        var objects = named.Count > 0 ? Resolve(document, [.. named], f.Date, f.Index) : [];
        objects.RemoveAll(a => a.Code.Country is not { Length: 3 } c || c == "---");
        var objectToken = Targets.ObjectStart(document, trigger);
        if (objects.Count == 0 && (UnnamedTargets.PhraseAt(document, kb, f.Sentence, objectToken, f.Plover, source)
                ?? PartitivePeople(f, objectToken, charge)
                ?? (trigger.EndToken - trigger.FirstToken > 1 ? UnnamedTargets.PhraseAt(document, kb, f.Sentence, trigger.FirstToken + 1, f.Plover, source) : null)) is { } people)
            objects.Add(people);
        if (objects.Count == 0 || objects.TrueForAll(a => source.Exists(s => s.Code == a.Code)))
            return 0;
        target.Clear();
        target.AddRange(objects);
        return 1;
    }

    /// <summary>"a group of men", "dozens of people": the people after the "of" of a partitive object before <paramref name="end"/>; null when none.</summary>
    private EventActor? PartitivePeople(TargetFill f, int start, int end)
    {
        for (var t = start; t + 1 < end && t < start + 4; t++)
            if (f.Document.Slice(f.Document.Tokens[t].Range) is "of")
                return UnnamedTargets.PhraseAt(f.Document, kb, f.Sentence, t + 1, f.Plover, f.Source);
        return null;
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
