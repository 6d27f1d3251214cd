using Parley.Core;

namespace Parley.Pipeline.Events;

// The last target finisher: the one whose release is sought is taken out of the target of an appeal (EventCoder.OtherSide).
public sealed partial class EventCoder
{
    /// <summary>
    /// "urged the court to grant bail to the activist", "called for the release of the detained reporters": the person whose
    /// release, bail, pardon, freedom, return or dropped charges an appeal, demand or pressure asks for is its beneficiary, not
    /// the one asked (<see cref="ReleaseBeneficiaries"/>). Run last, it takes out of the target every side of such a person's
    /// entity, whichever step named it (the mention in the slot, a pronoun's antecedent, the story's counterpart); the addressee
    /// named in the clause stays ("urged Minsk to free him": Minsk). With no side left, the state the person is held in
    /// (<see cref="DetainedIn"/>), else the source of the latest arrest or detention coded in the story against that person, not
    /// the appeal's own side; else none.
    /// </summary>
    private int ReleaseBeneficiary(TargetFill f)
    {
        if (f.Source.Count == 0 || !(f.Plover == "REQUEST" || f.Reading.Framed is { Plover: "REQUEST" }))
            return 0;
        if (f.Target.Count == 0)
            return HeldBeneficiaryHolder(f);
        var entities = ReleaseBeneficiaries.Entities(f.Document, f.Sentence, f.Trigger, f.Index);
        var helped = f.Target.FindAll(a => entities.Contains(a.Entity) || ReleaseBeneficiaries.Of(f.Document, f.Sentence, f.Trigger, a, f.Index));
        if (helped.Count == 0)
            return 0;
        f.Target.RemoveAll(helped.Contains);
        if (f.Target.Count == 0 && (DetainedIn.Of(f.Document, f.Sentence, f.Trigger, f.Index, f.Source) ?? StoryHolder(f, helped)) is { } holder)
            f.Target.Add(holder);
        return 1;
    }

    /// <summary>
    /// Round 52: "the State Department urged his immediate release", "called for the ousted president's release" with no side
    /// left to the appeal: the one held is named only in the beneficiary's slot, so the appeal is aimed at whoever holds him,
    /// the source of the story's latest arrest of him (<see cref="HolderOf"/>), else his own state when he is of the story's
    /// country (<see cref="HomeHolder"/>: an ousted president held at home by a junta); the person himself never becomes the target.
    /// </summary>
    private int HeldBeneficiaryHolder(TargetFill f)
    {
        var mentions = ReleaseBeneficiaries.Mentions(f.Document, f.Sentence, f.Trigger, f.Index);
        if (mentions.Count == 0)
            return 0;
        var helped = new List<EventActor>(mentions.Count);
        foreach (var m in mentions)
            if (_actors.Resolve(f.Document, m, f.Date, f.Index) is { } a && !helped.Exists(h => h.Entity == a.Entity))
                helped.Add(a);
        if (helped.Count == 0 || StoryHolder(f, helped) is not { } holder)
            return 0;
        f.Target.Add(holder);
        return 1;
    }

    /// <summary>Who holds <paramref name="helped"/> by the story: the source of its latest arrest of them (<see cref="HolderOf"/>), else their own state (<see cref="HomeHolder"/>); null when neither.</summary>
    private EventActor? StoryHolder(TargetFill f, List<EventActor> helped) => HolderOf(f, helped) ?? HomeHolder(f, helped);

    /// <summary>
    /// "Lawyers for the editor asked that he be freed on bail", in a story about the editor's own country: a person of the story's
    /// country (else, round 52, of the more-named side of the story's dyad), held with no other holder told, is held by that country's
    /// authorities (its government); null when the person is of another country (a foreigner held abroad is not held by his own
    /// state) or the appeal's source is that government. Round 52 lets the more-named country of the story's dyad
    /// (<see cref="StoryDyads.Leading"/>) stand in when no country dominates ("urged his release" of a Hong Kong publisher in a
    /// story of Hong Kong and Beijing).
    /// </summary>
    private EventActor? HomeHolder(TargetFill f, List<EventActor> helped) =>
        (TargetHomes.StoryCountry(f.Document) ?? StoryDyads.Leading(f.Document)) is { Length: 3 } story && helped.TrueForAll(h => h.Code.Country == story)
            && StoryActor(f.Document, story, "GOV") is { } state && !HasCode(f.Source, state.Code) ? state : null;

    /// <summary>The source of the latest coerce act in the story whose target is one of <paramref name="helped"/>, not of the appeal's source's code; null when none.</summary>
    private EventActor? HolderOf(TargetFill f, List<EventActor> helped)
    {
        var acts = f.Context.Acts;
        for (var i = acts.Count - 1; i >= 0; i--)
        {
            if (acts[i].Plover != "COERCE" || !Resolve(f.Document, acts[i].Target, f.Date, f.Index).Exists(a => helped.Exists(h => h.Entity == a.Entity)))
                continue;
            return Resolve(f.Document, acts[i].Source, f.Date, f.Index).Find(a => a.Code.Country is { Length: 3 } c && c != "---" && a.Role == ActorRole.Party
                && !helped.Exists(h => h.Entity == a.Entity) && !HasCode(f.Source, a.Code));
        }
        return null;
    }
}
