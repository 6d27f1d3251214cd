using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// Round 51: "Azerbaijan rushed in reinforcements overnight" in a story of Armenia and Azerbaijan: an act of one side of
    /// the story's main dyad (<see cref="StoryDyads"/>) that names no other side, of a kind aimed at a counterpart, is aimed at the
    /// dyad's other side (its government). Tried after every reading of the sentence and the story's dealings has found nothing.
    /// Only the state and its army act so: a party, a court, the police or gunmen act at home ("the opposition leader said she
    /// would challenge it in court"); and not a comment or a hope (01x), a meeting (told with one side only, it is dropped), or a
    /// refusal to yield power (123x: "I will not resign" is said at home); nor material cooperation (06x) or an eased restriction (081)
    /// told without a partner: "Tokyo loosened its visa rules", "the agency shares intelligence" are acts at home or with
    /// anyone (on VOA such fills were all wrong; on the dev sets they found none). A resignation under pressure (0831) keeps it.
    /// Round 52, domestic acts: a law or reform passed (083 itself: "the cabinet approved a new coast guard law"; a resignation,
    /// 0831, still answers the other side), a pardon (056: "the
    /// king pardoned the prisoners"), a defence of one's own move (052: "the minister defended the decision"), and a state's own
    /// disposition told without a partner (<see cref="OwnDispositions"/>: "said it was ready to act", "decided to", "announced
    /// a phaseout") are acts at home: on VOA those fills were all wrong, on the dev sets none found an event.
    /// </summary>
    private int StoryDyadSide(TargetFill f)
    {
        var source = f.Source;
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } country || country is "IGO" or "NGO" or "---"
            || !source.TrueForAll(a => a.Code.Country == country && a.Code.Sector is null or "GOV" or "MIL") || f.Plover is "PROTEST" or "CONSULT"
            || (f.Reading.Framed?.Cameo ?? f.Trigger.Pattern.Cameo) is var cameo && (cameo.StartsWith("01", StringComparison.Ordinal) || cameo.StartsWith("123", StringComparison.Ordinal)
                || cameo.StartsWith("06", StringComparison.Ordinal) || cameo.StartsWith("081", StringComparison.Ordinal)
                || cameo is "083" || cameo.StartsWith("056", StringComparison.Ordinal) || cameo.StartsWith("052", StringComparison.Ordinal))
            || OwnDispositions.Contains(ConfidenceFeatures.Family(f.Trigger.Pattern.Id))
            || Cues.VoicesConcern(f.Document, f.Trigger, concerned: true)
            || StoryDyads.OtherSide(f.Document, country) is not { } other || StoryActor(f.Document, other, "GOV") is not { } side)
            return 0;
        f.Target.Add(side);
        return 1;
    }

    /// <summary>
    /// The pattern families that tell a state's own readiness, decision or plan with no one it is for ("was ready to act",
    /// "is prepared to help", "decided to", "unveiled a timetable"): said at home unless the sentence names a partner.
    /// </summary>
    private static readonly FrozenSet<string> OwnDispositions = FrozenSet.Create(StringComparer.Ordinal,
        "frame.ready", "frame.be-prepared", "frame.decide", "agree.announce-plan");

    /// <summary>"Turkey sent search teams": aid that names no one is for the country the story's lead places its events in (<see cref="StrickenPlaces"/>), as its people.</summary>
    private static int StrickenCountry(TargetFill f)
    {
        if (f.Source.Count == 0 || !(IsAidCode(f.Trigger.Pattern.Cameo) || IsAidCode(f.Reading.Act?.Pattern.Cameo) || IsAidCode(f.Reading.Framed?.Cameo))
            || StrickenPlaces.Of(f.Document) is not { } place)
            return 0;
        // the state's own entity, else the place's mention: the target must point at an entity of the text
        var over = f.Document.MentionOver(place.Start, place.End);
        if ((Jurisdictions.StateEntity(f.Document, place.Where.Country) ?? (over >= 0 ? f.Document.Mentions[over].Entity : null)) is not { } entity)
            return 0;
        f.Target.Add(new EventActor(place.Range, entity, place.Where.Name, new ActorCode(place.Where.Country, "CVL"), null, ActorRole.Place));
        return 1;
    }
}
