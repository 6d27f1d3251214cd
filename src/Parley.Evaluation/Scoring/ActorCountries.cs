using Parley.Core;
using Parley.Evaluation.Plover;

namespace Parley.Evaluation.Scoring;

/// <summary>The countries (IGO, NGO and the like as-is) of one side of a coded event, once each, in order.</summary>
internal static class ActorCountries
{
    public static string[] Of(IReadOnlyList<EventActor> actors)
    {
        var countries = new List<string>(actors.Count);
        foreach (var a in actors)
        {
            var country = PloverGold.CountryOf(a.Code.Country);
            if (!countries.Contains(country))
                countries.Add(country);
        }
        return [.. countries];
    }

    /// <summary>The countries of one side of a gold event, once each, in order.</summary>
    public static List<string> Of(IReadOnlyList<PloverGoldActor> actors)
    {
        var countries = new List<string>(actors.Count);
        foreach (var a in actors)
            if (!countries.Contains(a.Country))
                countries.Add(a.Country);
        return countries;
    }
}
