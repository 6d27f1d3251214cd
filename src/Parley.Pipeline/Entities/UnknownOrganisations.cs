using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// An organisation the knowledge base does not know still names its country when a country, demonym or known place is
/// part of its name: "Nigerian Union of Teachers" (NGA), "Baghdad University Medical School" (IRQ), "Bar Association of
/// Kenya" (KEN). Its sector comes from its organisation word where that word is unambiguous.
/// </summary>
internal sealed partial class UnknownNames
{
    private ActorCode? OrganisationActor(int first, int end)
    {
        // "OSCE Minsk Group", "UN Mission in South Sudan": an international body's organ, whatever place its name holds.
        if (BodyOrgan(first, end) is { } organ)
            return organ;
        string? country = null;
        for (var t = first; t < end; t++)
        {
            if (!_innerCountries.TryGetValue(t, out var inner) || ContinentalAmerican(t))
                continue;
            // "VOA's Somali Service", "the Albanian desk": a demonym before a broadcaster's service names its language.
            if (t + 1 < end && Unpossessed(t + 1) is "Service" or "Services" or "Desk" or "Section")
                continue;
            if (country is not null && country != inner)
                return null; // "Kenya-Uganda Chamber of Commerce": two countries name no one of them
            country = inner;
        }
        return country is null ? TransnationalBody(first, end) : new ActorCode(country, SectorOf(first, end));
    }

    /// <summary>Last words that make a name opening with "International" an intergovernmental body: "International Renewable Energy Agency".</summary>
    private static bool IsIntergovernmentalHead(ReadOnlySpan<char> word) =>
        word is "Agency" or "Organization" or "Organisation" or "Fund" or "Bank" or "Tribunal" or "Court" or "Programme" or "Program";

    /// <summary>
    /// "U.N. Human Rights Commission", "United Nations Population Fund", "NATO Parliamentary Assembly": a name that opens with an
    /// international body's name is one of its organs and acts for it; "International Renewable Energy Agency" is one by its words.
    /// </summary>
    private ActorCode? BodyOrgan(int first, int end)
    {
        var tokens = document.Tokens;
        var names = kb.InternationalNames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var last = Math.Min(end - 1, first + 4); last > first; last--)
            if (names.TryGetValue(document.Text.AsSpan(tokens[first].Start, tokens[last - 1].End - tokens[first].Start), out var body))
                return new ActorCode(body.Country, null);
        return end - first > 2 && Unpossessed(first) is "International" or "Intergovernmental" && IsIntergovernmentalHead(Unpossessed(end - 1))
            ? new ActorCode("IGO", null) : null;
    }

    /// <summary>"University", "College" → EDU; "Ministry" → GOV; "Liberation", "Militia", "Brigades", "Units" → REB; "Union of Teachers", "Trade Union" → LAB; other words say too little.</summary>
    private string? SectorOf(int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            var word = Unpossessed(t);
            if (word is "University" or "College" or "School" or "Academy")
                return "EDU";
            if (word is "Ministry" or "Ministries")
                return "GOV";
            // "Kenyan Liberation Army", "Mosul Resistance Brigades": an armed movement is never the state's government.
            if (word is "Liberation" or "Militia" or "Militias" or "Brigade" or "Brigades" or "Resistance" or "Mujahideen" or "Insurgents"
                or "Rebels" or "Guerrillas" or "Units")
                return "REB";
            if (word is "Union" or "Unions" && end - first > 1 && HasWorkersWord(first, end))
                return "LAB";
        }
        return null;
    }

    private bool HasWorkersWord(int first, int end)
    {
        for (var t = first; t < end; t++)
            if (Unpossessed(t) is "Teachers" or "Workers" or "Trade" or "Labour" or "Labor" or "Employees" or "Journalists" or "Nurses" or "Doctors" or "Miners")
                return true;
        return false;
    }
}
