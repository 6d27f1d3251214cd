using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "the army rescued 190 passengers", "police evacuated residents of the district": a state's forces rescuing or evacuating
/// people of their own country carry out a security or relief operation at home. CAMEO's aid (073) is help given by one
/// actor to another, so a rescue within one country is no event between actors; a rescue across a border stays aid.
/// </summary>
internal static class OwnRescues
{
    /// <summary>Whether a rescue or evacuation has sides of one country only.</summary>
    public static bool Own(TriggerMatch trigger, IReadOnlyList<EventActor> source, IReadOnlyList<EventActor> target)
    {
        if (!trigger.Pattern.Id.StartsWith("aid.evacuate.", StringComparison.Ordinal) || source.Count == 0 || target.Count == 0)
            return false;
        var country = source[0].Code.Country;
        if (country is null || country == "---")
            return false;
        for (var i = 1; i < source.Count; i++)
            if (source[i].Code.Country != country)
                return false;
        for (var i = 0; i < target.Count; i++)
            if (target[i].Code.Country != country)
                return false;
        return true;
    }
}
