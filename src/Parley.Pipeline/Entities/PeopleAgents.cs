using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Kurdish leaders", "Baloch separatists", "Tuareg fighters": a people with no state of its own, named by an adjective the
/// knowledge base cannot code, acts through the agent noun after it in the country where it lives.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Peoples without a state of their own, as written before an agent noun ("Kurdish", "Pashtun", "Uyghur").</summary>
    private static readonly FrozenSet<string> StatelessPeoples = FrozenSet.ToFrozenSet(
        ["Kurdish", "Kurd", "Baloch", "Baluch", "Balochi", "Baluchi", "Sindhi", "Pashtun", "Uyghur", "Uighur", "Rohingya", "Tuareg", "Fulani",
         "Hazara", "Druze", "Tamil", "Tigrayan", "Amhara", "Oromo", "Berber", "Sahrawi", "Karen", "Kachin", "Shan", "Yazidi", "Igbo", "Hausa",
         "Ogoni", "Moro", "Chechen", "Catalan", "Basque", "Tibetan", "Sikh", "Kashmiri", "Corsican", "Breton", "Abkhaz", "Abkhazian",
         "Acehnese", "Flemish", "Walloon", "Zulu", "Xhosa", "Maronite", "Coptic", "Ingush", "Dagestani", "Dinka", "Nuer", "Naga", "Bodo",
         "Hutu", "Tutsi",
         // creeds live in many states: only where the sentence acts or the story is says whose ("a Jewish extremist in Tel Aviv")
         "Jewish", "Muslim", "Christian", "Hindu", "Buddhist", "Sunni", "Shiite", "Shia", "Catholic", "Protestant", "Jesuit", "Evangelical",
         "Alawite", "Orthodox"],
        StringComparer.Ordinal);

    /// <summary>
    /// The state where nearly all of a people lives, for a sentence that names no place and a story about no country yet
    /// ("Tamil rebels attacked an army camp", "Sikh militants killed six"): peoples split between states (Kurds, Pashtuns,
    /// Tuareg, Fulani, Druze, Hausa, Berbers) have none. Southern Sudan's peoples are South Sudan's, Sudan's before 2011.
    /// </summary>
    private static readonly FrozenDictionary<string, string> UsualHomes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Tamil"] = "LKA", ["Chechen"] = "RUS", ["Ingush"] = "RUS", ["Dagestani"] = "RUS", ["Basque"] = "ESP", ["Catalan"] = "ESP",
        ["Tibetan"] = "CHN", ["Uyghur"] = "CHN", ["Uighur"] = "CHN", ["Karen"] = "MMR", ["Kachin"] = "MMR", ["Shan"] = "MMR",
        ["Rohingya"] = "MMR", ["Moro"] = "PHL", ["Acehnese"] = "IDN", ["Ogoni"] = "NGA", ["Igbo"] = "NGA", ["Tigrayan"] = "ETH",
        ["Amhara"] = "ETH", ["Oromo"] = "ETH", ["Yazidi"] = "IRQ", ["Hazara"] = "AFG", ["Sindhi"] = "PAK", ["Sikh"] = "IND",
        ["Kashmiri"] = "IND", ["Naga"] = "IND", ["Bodo"] = "IND", ["Corsican"] = "FRA", ["Breton"] = "FRA", ["Abkhaz"] = "GEO",
        ["Abkhazian"] = "GEO", ["Flemish"] = "BEL", ["Walloon"] = "BEL", ["Zulu"] = "ZAF", ["Xhosa"] = "ZAF", ["Maronite"] = "LBN",
        ["Coptic"] = "EGY", ["Dinka"] = "SSD", ["Nuer"] = "SSD",
        // Hutu and Tutsi live in Rwanda and Burundi; unplaced, the news of them is mostly Rwanda's (1990-94 war and genocide)
        ["Hutu"] = "RWA", ["Tutsi"] = "RWA",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Codes "&lt;people&gt; &lt;agent&gt;" when the people's adjective at token <paramref name="first"/> - 1 is a name with no code;
    /// true when coded. The home is where the sentence acts, else the country the story is mostly about.
    /// </summary>
    private bool PeopleAgent(Sentence sentence, int first, int end)
    {
        var tokens = document.Tokens;
        // "Pashtun lawmaker Ali Khan": an agent noun right before a person's name is that person's description.
        if (first == sentence.FirstToken || end < sentence.EndToken && PersonAt(tokens[end].Start))
            return false;
        var adjective = tokens[first - 1];
        var word = document.Slice(adjective.Range);
        // "Bavarian farmers", "Sicilian prosecutors": a division's people act for the division's country wherever they are.
        var regional = Lexicon.Embedded.RegionalCountry(word);
        if (!IsPeopleWord(word) && regional is null || !UncodedNameAt(adjective.Start, adjective.End))
            return false;
        var phrase = document.Text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
        // Civilians named by class ("Kurdish children") are where they live, not actors; refugees, prisoners and those who act
        // as a body ("Kurdish farmers", ActingCivilians) act.
        if (AgentWordOf(phrase) is not { Kind: AgentKind.Agent } agent || agent.Sector is "CVL" && !phrase.StartsWith("refugee", StringComparison.OrdinalIgnoreCase) && !ActingCivilians.Contains(phrase))
            return false;
        // Never the first country named after it: "Kurdish fighters attacked a Turkish base" names their enemy there.
        if (((regional is { } division ? table.CountryOn(division) : null) ?? SentencePlace(sentence, tokens[end - 1].End) ?? StoryCountry(adjective.Start) ?? UsualHome(word)) is not { } home)
            return false;
        table.Mention(adjective.Start, tokens[end - 1].End, table.Group(agent with { Phrase = $"{word} {agent.Phrase}" }, home), MentionKind.Agent);
        return true;
    }

    /// <summary>The state where the people lives on the document's day (South Sudan's peoples were Sudan's before 2011), or null.</summary>
    private string? UsualHome(ReadOnlySpan<char> word) =>
        UsualHomes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var home)
            ? document.Published is { } published ? Independences.On(home, published.Date) : home
            : null;

    /// <summary>
    /// A known stateless people: only a list, since an ending ("-an", "-ish") also makes "Republican", "European" or "Islamist",
    /// which are parties, blocs and creeds, not peoples with a home.
    /// </summary>
    private static bool IsPeopleWord(ReadOnlySpan<char> word) => StatelessPeoples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether [start, end) is a name mention, or no mention at all, whose entity has neither a code nor a knowledge-base entry.</summary>
    private bool UncodedNameAt(int start, int end)
    {
        var mentions = table.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.End <= start || m.Start >= end)
                continue;
            var e = table[m.Entity];
            return m.Start == start && m.End == end && e.Actor is null && e.KbKey is null && e.Type != EntityType.Person;
        }
        return true;
    }
}
