using Parley.Core;

namespace Parley.Pipeline.Events;

// Checks the target finishers make of one side against another. Loops and helpers rather than lambdas in the finishers:
// a lambda capturing a finisher's locals allocates its closure on every call, fired or not, and FillTarget calls ~50 finishers per event.
public sealed partial class EventCoder
{
    /// <summary>Whether one of <paramref name="actors"/> is of <paramref name="country"/>.</summary>
    private static bool HasCountry(List<EventActor> actors, string country)
    {
        foreach (var a in actors)
            if (a.Code.Country == country)
                return true;
        return false;
    }

    /// <summary>Whether one of <paramref name="actors"/> has <paramref name="code"/>.</summary>
    private static bool HasCode(List<EventActor> actors, ActorCode code)
    {
        foreach (var a in actors)
            if (a.Code == code)
                return true;
        return false;
    }

    /// <summary>Whether one of <paramref name="actors"/> is of a country of <paramref name="others"/>.</summary>
    private static bool SharesCountry(List<EventActor> actors, List<EventActor> others)
    {
        foreach (var a in actors)
            if (HasCountry(others, a.Code.Country))
                return true;
        return false;
    }

    /// <summary>Whether one of <paramref name="actors"/> is an entity or has a code of <paramref name="others"/>.</summary>
    private static bool SharesSide(List<EventActor> actors, List<EventActor> others)
    {
        foreach (var a in actors)
            foreach (var x in others)
                if (x.Entity == a.Entity || x.Code == a.Code)
                    return true;
        return false;
    }

    /// <summary>Whether every one of <paramref name="actors"/> is a bare agent (<see cref="IsBareAgent"/>).</summary>
    private static bool AllBareAgents(Document document, List<EventActor> actors)
    {
        foreach (var a in actors)
            if (!IsBareAgent(document, a))
                return false;
        return true;
    }

    /// <summary>The resolver of one mention to its actor, for the helpers that take one.</summary>
    private Func<int, EventActor?> ActorsOf(Document document, DateOnly? date, TokenIndex index) => m => _actors.Resolve(document, m, date, index);

    /// <summary>Drops from <paramref name="actors"/> those of a country of <paramref name="source"/>.</summary>
    private static void RemoveOfCountries(List<EventActor> actors, List<EventActor> source) =>
        actors.RemoveAll(t => HasCountry(source, t.Code.Country));

    /// <summary>Drops from <paramref name="actors"/> those of a country of <paramref name="source"/> and those that are no state.</summary>
    private static void RemoveOfCountriesAndNonStates(Document document, List<EventActor> actors, List<EventActor> source) =>
        actors.RemoveAll(t => HasCountry(source, t.Code.Country) || !IsState(document, t));

    /// <summary>Drops from <paramref name="actors"/> the entities and codes of <paramref name="source"/>.</summary>
    private static void RemoveSame(List<EventActor> actors, List<EventActor> source) =>
        actors.RemoveAll(t => source.Exists(x => x.Entity == t.Entity || x.Code == t.Code));

    /// <summary>Drops from <paramref name="actors"/> the entities and countries of <paramref name="source"/>.</summary>
    private static void RemoveSameOrOfCountries(List<EventActor> actors, List<EventActor> source) =>
        actors.RemoveAll(t => source.Exists(x => x.Entity == t.Entity || x.Code.Country == t.Code.Country));

    /// <summary>Keeps in <paramref name="actors"/> only people who are not of <paramref name="source"/>.</summary>
    private static void RemoveAllButOtherPeople(Document document, List<EventActor> actors, List<EventActor> source) =>
        actors.RemoveAll(t => document.Entities[t.Entity].Type != EntityType.Person || source.Exists(x => x.Entity == t.Entity));

    /// <summary>Drops from <paramref name="target"/> the military or police a state of <paramref name="source"/> sends: its instrument, not its other side.</summary>
    private static void RemoveSentForces(List<EventActor> target, List<EventActor> source) =>
        target.RemoveAll(t => t.Code.Sector is "MIL" or "COP" && source.Exists(x => x.Code.Country == t.Code.Country && (x.Code.Sector is null || Sectors.IsGovernmentOrForce(x.Code.Sector))));
}
