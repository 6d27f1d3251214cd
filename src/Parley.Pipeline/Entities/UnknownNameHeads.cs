using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "the Autonomous Electoral Commission barred ...", "the Independent Agency Against Corruption said ...", "the National
/// Renewal Front said ...": a body the knowledge base lacks whose own head word says what it is (a commission, an agency, a
/// tribunal; a front, an alliance, a movement) acts as that kind of body of the country the story is about, when its sentence
/// names no other country. Commissions, agencies and offices are GOV, tribunals and prosecutors JUD; fronts, alliances,
/// movements, coalitions and parties take the country alone (the story says whether they govern), or the sector their other
/// words give ("Liberation" REB, "Union of Teachers" LAB). A name with a transnational word ("International", "African") is
/// left alone.
/// </summary>
internal sealed partial class UnknownNames
{
    /// <summary>Head words of a body's name, with the sector they give (empty: the country alone).</summary>
    private static readonly FrozenDictionary<string, string> BodyHeads = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Commission"] = "GOV", ["Agency"] = "GOV", ["Bureau"] = "GOV", ["Authority"] = "GOV", ["Office"] = "GOV", ["Directorate"] = "GOV",
        ["Inspectorate"] = "GOV", ["Service"] = "GOV", ["Tribunal"] = "JUD", ["Court"] = "JUD", ["Procuracy"] = "JUD", ["Prosecution"] = "JUD",
        ["Front"] = "", ["Alliance"] = "", ["Movement"] = "", ["Coalition"] = "", ["Framework"] = "", ["Bloc"] = "", ["Party"] = "",
        ["Union"] = "", ["Congress"] = "", ["Council"] = "", ["Network"] = "",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that make a name transnational or private whatever its head: "African Court", "International Crisis Group", "Press Council".</summary>
    private static readonly FrozenSet<string> NotNational = FrozenSet.Create(StringComparer.Ordinal,
        "International", "European", "African", "Asian", "Arab", "Pan-African", "World", "Global", "United", "Atlantic", "Pacific", "Regional", "Africa", "Asia", "Europe", "Americas",
        "Press", "Media", "Company", "Corporation", "Commerce", "Industry", "Business", "University", "College", "School", "Church", "Football",
        "Olympic", "Students", "Student");

    /// <summary>
    /// Words that make a council or a service a state body ("National Security Council", "Sovereign Council", "Prison Service");
    /// a council or a service without one says too little.
    /// </summary>
    private static readonly FrozenSet<string> StateWords = FrozenSet.Create(StringComparer.Ordinal,
        "National", "Supreme", "Sovereign", "Sovereignty", "Transitional", "Presidential", "Security", "Constitutional", "State", "Federal",
        "Revolutionary", "Military", "Governing", "Electoral", "Election", "Judicial", "Privy", "Prison", "Prisons", "Immigration", "Customs",
        "Revenue", "Correctional", "Civil");

    /// <summary>The actor a body's own head word gives it, or null (see the class summary).</summary>
    private ActorCode? HeadedBody(int first, int end, Sentence sentence)
    {
        if (end - first < 2)
            return null;
        var head = BodyHead(first, end);
        if (!BodyHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(head, out var sector))
            return null;
        var stateWord = false;
        for (var t = first; t < end; t++)
        {
            var word = Unpossessed(t).ToString();
            if (NotNational.Contains(word))
                return null;
            stateWord |= StateWords.Contains(word);
        }
        if (head is "Council")
        {
            if (!stateWord)
                return null;
            sector = "GOV";
        }
        sector = WordSector(first, end) ?? SectorOf(first, end) ?? sector;
        // "Tasnim News Agency", "Coastline Television Network": an outlet's country is never taken from the story.
        if (sector is "MED")
            return null;
        // "the Prison Service", "the Immigration Service" are the state's; "the Harbour Pilots Service" says too little.
        if (head is "Service" && sector is "GOV" && !stateWord)
            return null;
        // "Senegal's Electoral Commission" is Senegal's; "the U.N. Integrated Bureau" is another body's organ, no state's.
        if (first > sentence.FirstToken && OwnerBefore(first) is (true, var owner))
            return owner is null ? null : new ActorCode(owner, sector.Length == 0 ? null : sector);
        return StoryStateOutside(document.Tokens[first].Start, sentence, 0, 0) is { } story ? new ActorCode(story, sector.Length == 0 ? null : sector) : null;
    }

    /// <summary>What a word inside the name says over its head: "Intelligence" SPY, "Police" COP, "Military" MIL, "Prosecutor", "Constitutional" JUD, "News" MED, "Relief" NGO.</summary>
    private string? WordSector(int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            var word = Unpossessed(t);
            if (word is "Intelligence" or "Counterintelligence")
                return "SPY";
            if (word is "Police" or "Policing")
                return "COP";
            if (word is "Military" or "Armed")
                return "MIL";
            if (word is "Prosecutor" or "Prosecutors" or "Judicial" or "Constitutional")
                return "JUD";
            if (word is "News" or "Broadcasting" or "Television" or "Radio")
                return "MED";
            // "Lakeland Refugee Service", "Hillside Relief Network": a body for relief or refugees is a charity, not the state.
            if (word is "Relief" or "Refugee" or "Refugees" or "Charity" or "Charities" or "Mercy")
                return "NGO";
        }
        return null;
    }

    /// <summary>
    /// The head word of a name: the word before its first "of", "for", "on", "against" or "to" ("Agency Against Corruption",
    /// "Commission for Human Rights"), else its last word ("National Renewal Front").
    /// </summary>
    private ReadOnlySpan<char> BodyHead(int first, int end)
    {
        for (var t = first + 1; t < end - 1; t++)
            if (document.Slice(document.Tokens[t].Range) is "of" or "for" or "on" or "against" or "to" or "Against" or "For" or "Of" or "On" or "To")
                return Unpossessed(t - 1);
        return Unpossessed(end - 1);
    }
}
