using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The state that tells its own agentless act: "the interior minister said more than 200 people had been arrested", "...,
/// police said", "the ministry said 107 people had been detained". When the story has no one country (<see
/// cref="TargetHomes.StoryCountry"/>: a capital abroad, a bloc, a rival named as often), the country of the state body that
/// reports the act stands for the state that did it and for the people it befell, as the story's country does otherwise.
/// Only a reporting verb's own speaker counts (<see cref="Speakers.Reporter"/>), never any actor of the sentence: "Amnesty
/// said 60 protesters were detained" names no state, and a foreign minister's report of another state's arrests names its
/// place ("were detained in Minsk"), which <see cref="StateActs.Government"/> reads first.
/// </summary>
internal static class StateVoices
{
    /// <summary>
    /// The country of the state agency (government, police, courts, forces, intelligence) or state that reports the clause
    /// holding <paramref name="trigger"/>; null when the speaker is none, or is no state's.
    /// </summary>
    public static string? Country(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, Func<int, EventActor?> resolve)
    {
        foreach (var m in Speakers.Reporter(document, sentence, trigger, groups))
        {
            if (resolve(m) is not { } speaker || speaker.Code.Country is not { Length: 3 } country || !speaker.Code.KnownCountry
                || country is "IGO" or "NGO" or "MNC" or "IMG")
                continue;
            var state = speaker.Code.Sector is { } sector ? Sectors.IsStateAgency(sector)
                : document.Entities[speaker.Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) == true;
            return state ? country : null;
        }
        return null;
    }
}
