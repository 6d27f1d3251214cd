using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Prosecutors charged the mayor", "A judge froze the accounts", "The electoral commission disqualified him", "said
/// lawmakers": agents of the state that serve only at home (the bench and the prosecution, electoral bodies, members of
/// the legislature) act for the country their scene or story is about when nothing owns them: bare, after an article, or
/// a plural with no owner before it. A sentence that names another state they may serve leaves them uncoded. Lawyers,
/// troops and diplomats are not among them: lawyers serve their clients, troops and diplomats serve abroad too. "Officers"
/// and "agents" with nothing qualifying them are the scene's police, as bare "police" are.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>
    /// Whether the agent serves its state only at home: a judicial word for the bench or the prosecution ("judge", "court",
    /// "prosecutors", "magistrate", "tribunal", "attorney general's office"), never a professional body ("judges' association");
    /// an electoral body ("the election commission"); a member of the legislature ("lawmaker", "deputies").
    /// </summary>
    private static bool ServesAtHome(AgentWord agent, ReadOnlySpan<char> phrase)
    {
        if (agent.Kind != AgentKind.Agent || agent.Country is { Length: > 0 })
            return false;
        if (phrase.Contains("association", StringComparison.OrdinalIgnoreCase) || phrase.Contains("union", StringComparison.OrdinalIgnoreCase))
            return false;
        return agent.Sector switch
        {
            "JUD" => phrase.Contains("judge", StringComparison.OrdinalIgnoreCase) || phrase.Contains("judici", StringComparison.OrdinalIgnoreCase)
                || phrase.Contains("court", StringComparison.OrdinalIgnoreCase) || phrase.Contains("prosecut", StringComparison.OrdinalIgnoreCase)
                || phrase.Contains("magistrate", StringComparison.OrdinalIgnoreCase) || phrase.Contains("tribunal", StringComparison.OrdinalIgnoreCase)
                || phrase.StartsWith("attorney general", StringComparison.OrdinalIgnoreCase),
            "GOV" => phrase.Contains("election", StringComparison.OrdinalIgnoreCase) || phrase.Contains("electoral", StringComparison.OrdinalIgnoreCase)
                || phrase.Contains("corruption", StringComparison.OrdinalIgnoreCase) || phrase.Contains("graft", StringComparison.OrdinalIgnoreCase),
            "LEG" => Legislative(phrase) || phrase is "lawmaker" or "legislator" or "parliamentarian" or "members of parliament",
            _ => false,
        };
    }

    /// <summary>
    /// "A judge ordered ...", "a prosecutor said ...": a title that serves only at home, after an indefinite article, names
    /// one member of its class, who acts as an agent does (with the definite article it is someone named before: TitleAnaphora).
    /// </summary>
    private bool IndefiniteTitle(Sentence sentence, int i, out AgentWord agent)
    {
        agent = default!;
        if (i == sentence.FirstToken || document.Slice(document.Tokens[i - 1].Range) is not ("a" or "an" or "A" or "An")
            || !kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(document.Tokens[i].Range), out var title)
            || title.Kind != AgentKind.Title || title with { Kind = AgentKind.Agent } is not { } member || !ServesAtHome(member, member.Phrase))
            return false;
        agent = member;
        return true;
    }

    /// <summary>
    /// "A judge ordered ...", "Officers fired ...": codes a home agent the agent words miss, an indefinite title that serves only
    /// at home (the matcher left it a bare title) or bare officers; whether it was one.
    /// </summary>
    private bool HomeMember(Sentence sentence, int i, bool[] covered)
    {
        if (!covered[i - sentence.FirstToken] && BareOfficers(sentence, i))
            return true;
        if (!IndefiniteTitle(sentence, i, out _))
            return false;
        Agent(sentence, i, i + 1, covered);
        return true;
    }

    private static readonly FrozenSet<string> Counts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many", "dozens", "hundreds");

    /// <summary>Whether the token counts what follows: a count word or a number ("12 officers").</summary>
    private bool IsCount(int token) =>
        NameCues.Contains(Counts, document.Slice(document.Tokens[token].Range)) || char.IsDigit(document.Text[document.Tokens[token].Start]);

    /// <summary>Police words written without "police": "Officers fired tear gas", "the agents searched the house".</summary>
    private static readonly AgentWord Officers = new("officers", "COP", AgentKind.Agent, null), Agents = new("agents", "COP", AgentKind.Agent, null);

    /// <summary>
    /// "Officers fired tear gas at the crowd", "In the capital, agents raided two offices", "Three officers were hurt": "officers"
    /// and "agents" with nothing qualifying them (opening the clause, after "the", a comma or a count) are the police of the
    /// scene, as bare "police" are; a qualified kind ("army officers", "nerve agents") or an "of" phrase ("officers of the
    /// company", "agents of change") is not. Codes them; whether it did.
    /// </summary>
    private bool BareOfficers(Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var word = document.Slice(tokens[i].Range);
        var agent = word is "officers" or "Officers" ? Officers : word is "agents" or "Agents" ? Agents : null;
        if (agent is null || i + 1 < sentence.EndToken && document.Slice(tokens[i + 1].Range) is "of" or "'" or "’" or "'s" or "’s")
            return false;
        // a count counts only where it opens a clause ("Two officers were hurt", "and seven officers ..."), not an object ("killed three officers")
        if (i > sentence.FirstToken && !IsThe(i - 1) && !(document.Slice(tokens[i - 1].Range) is "," && AfterScene(sentence, i - 1)) && !OpensInnerClause(sentence, i, i + 1)
            && !(IsCount(i - 1) && (i - 1 == sentence.FirstToken || document.Slice(tokens[i - 2].Range) is "and" or "but" or "while" or "as" or "after" or "when")))
            return false;
        var (start, stop) = (tokens[i].Start, tokens[i].End);
        if ((SentencePlace(sentence, stop) ?? PreviousSceneCountry(sentence) ?? StoryCountry(start) ?? FirstCountryAfter(sentence, stop)) is { } home)
            table.Mention(start, stop, table.Group(agent, home), MentionKind.Agent);
        return true;
    }

    /// <summary>
    /// "a judge", "an electoral tribunal", "the prosecutors", "Prosecutors", "said investigators", "two magistrates": nothing
    /// owns the agent. A plural needs no article, but a capitalised word before it may own it ("Republican lawmakers") and
    /// "foreign" or "international" ones are no state's own.
    /// </summary>
    private bool Unowned(Sentence sentence, int first, int end)
    {
        // "the prosecutors" points back to prosecutors told before, who may be another state's ("a lawyer often serves a foreign
        // client"); a definite singular names the one body ("the electoral commission").
        var plural = document.Text[document.Tokens[end - 1].End - 1] == 's';
        if (first == sentence.FirstToken || IsThe(first - 1) && !plural)
            return true;
        var before = document.Slice(document.Tokens[first - 1].Range);
        if (before is "a" or "an" or "A" or "An" || before is "," && AfterScene(sentence, first - 1))
            return true;
        var last = document.Slice(document.Tokens[end - 1].Range);
        return last.Length > 2 && last[^1] == 's' && last[^2] != 's' && NameCues.Contains(ClauseOpeners, before);
    }

    /// <summary>
    /// Words after which a plural opens a clause or is named as the agent: "after lawmakers voted", "while investigators
    /// searched", "charged by prosecutors", "according to prosecutors"; after a verb ("told lawmakers") it is an object.
    /// </summary>
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "but", "after", "before", "when", "while", "as", "because", "since", "until", "once", "where", "though", "although", "that", "if", "by", "to");

    /// <summary>"In the capital, prosecutors ...": the comma at <paramref name="comma"/> closes a scene phrase opening the sentence.</summary>
    private bool AfterScene(Sentence sentence, int comma)
    {
        if (!SceneOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[sentence.FirstToken].Range)))
            return false;
        for (var t = sentence.FirstToken; t < comma; t++)
            if (document.Slice(document.Tokens[t].Range) is ",")
                return false;
        return true;
    }

    /// <summary>
    /// Codes a state agent that serves only at home with the country of its scene (where the sentence's action happened, the
    /// scene the sentence before told), else the story's, else the first named after it, unless the sentence names another
    /// state it may serve; whether the agent was one (coded or left alone).
    /// </summary>
    private bool DomesticAgent(Sentence sentence, AgentWord agent, ReadOnlySpan<char> phrase, int first, int end)
    {
        if (!ServesAtHome(agent, phrase) || !Unowned(sentence, first, end))
            return false;
        // "A High Court judge adjourned ...", "an election commission spokesman said": a noun modifying another agent's word is no agent itself.
        var tokens = document.Tokens;
        if (end < sentence.EndToken && kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(document.Slice(tokens[end].Range)))
            return true;
        var (start, stop) = (tokens[first].Start, tokens[end - 1].End);
        // With neither scene nor story country the event coder places an institution by its subject's country (Jurisdictions).
        if ((SentencePlace(sentence, stop) ?? PreviousSceneCountry(sentence) ?? StoryCountry(start)) is { } home
            && !OtherCountryIn(sentence, home, OpensSentence(sentence, first) ? start : sentence.End))
            table.Mention(start, stop, table.Group(agent, home), MentionKind.Agent);
        return true;
    }
}
