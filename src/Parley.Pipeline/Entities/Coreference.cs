using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Links personal pronouns to the most recent person of matching gender in this or the two previous sentences, and
/// nominal mentions of a country ("the country", "the kingdom") to the most recent country. An agent noun with no
/// country of its own takes one from a place after it ("rebels in the Ivory Coast") or, for domestic actors (police,
/// protesters, rebels), from the country the text is about. Plurals ("the two", "both men") are left to the event
/// coder, which knows the groups of actors.
/// </summary>
internal sealed partial class Coreference(Document document, EntityTable table, KnowledgeBase kb)
{
    public void Resolve(int sentenceIndex, bool[] covered)
    {
        var sentence = document.Sentences[sentenceIndex];
        var window = document.Sentences[Math.Max(0, sentenceIndex - 2)].Start;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (PeoplePlural(sentence, i) || Appositive(sentence, i, covered) || TitledAppositive(sentence, i) || NationalityClause(sentence, i) || FromClause(sentence, i)
                || HomeMember(sentence, i, covered))
                continue;
            if (covered[i - sentence.FirstToken])
                continue;
            var token = document.Tokens[i];
            var word = document.Slice(token.Range);
            if (i + 1 < sentence.EndToken && word is "the" or "The" && IsCountryNoun(document.Slice(document.Tokens[i + 1].Range)))
            {
                var country = table.LastBefore(token.Start, window, e => table[e].KbKey?.StartsWith("country:", StringComparison.Ordinal) == true);
                if (country >= 0)
                    table.Mention(token.Start, document.Tokens[i + 1].End, country, MentionKind.Agent); // a state acting: its government
                i++;
                continue;
            }
            if (OpeningPossessive(sentence, i, covered) is var afterOwned && afterOwned > i)
            {
                i = afterOwned - 1;
                continue;
            }
            if (BlocSide(sentence, i, covered) is var afterSide && afterSide > i)
            {
                i = afterSide - 1;
                continue;
            }
            if (word is "the" or "The" && NamedBody(sentenceIndex, i, covered))
            {
                i++;
                continue;
            }
            // "The minister urged ...": a definite title with no name is the latest person holding it.
            if (word is "the" or "The" && TitleAnaphor(sentenceIndex, i, covered) is var afterTitle && afterTitle > i)
            {
                i = afterTitle - 1;
                continue;
            }
            if (PossessiveInstitution(sentence, i))
                continue;
            if (LedBody(sentence, i, covered) is var afterBody && afterBody > i)
            {
                i = afterBody - 1;
                continue;
            }
            if (FlaggedVessel(sentence, i, covered) is var afterThing && afterThing > i)
            {
                i = afterThing - 1;
                continue;
            }
            if (AgentEnd(sentence, i, covered) is var agentEnd && agentEnd > i && PlacedBefore(sentence, i, agentEnd))
            {
                i = agentEnd - 1;
                continue;
            }
            // "Kurdish leaders": a people's adjective Parley read as a name, with no code of its own, does not own the agent.
            if (agentEnd > i && i > sentence.FirstToken && covered[i - 1 - sentence.FirstToken] && PeopleAgent(sentence, i, agentEnd))
            {
                i = agentEnd - 1;
                continue;
            }
            if (agentEnd > i && !Possessed(sentence, i, covered))
            {
                var coded = table.Mentions.Count;
                var next = Agent(sentence, i, agentEnd, covered);
                i = (table.Mentions.Count == coded && PeopleAgent(sentence, i, agentEnd) ? agentEnd : next) - 1;
                continue;
            }
            var gender = GenderOf(word);
            if (OpeningIt(sentenceIndex, i) || gender == ' ')
                continue;
            Pronoun(sentenceIndex, i, window, gender);
        }
    }

    /// <summary>
    /// "Trump said that he ...": a subject or object pronoun takes the nearest person in the text; a possessive ("his wife,
    /// his son X and his daughter") keeps the person its run of possessives started with, the latest recorded.
    /// </summary>
    /// <remarks>A method of its own so the closure over <paramref name="gender"/> is made per pronoun, not per token.</remarks>
    private void Pronoun(int sentenceIndex, int i, int window, char gender)
    {
        var token = document.Tokens[i];
        var word = document.Slice(token.Range);
        // "said he was looking forward to receiving him": an object "him" is not the subject pronoun of its own clause.
        var subject = word is "him" ? ClauseSubjectPronoun(sentenceIndex, i) : -1;
        Func<int, bool> accept = e => e != subject && table[e].Type == EntityType.Person && table.GenderOf(e) is var g && (g == gender || g is ' ' or 'u');
        var found = word is "his" or "His" or "her" or "Her" ? table.LastBefore(token.Start, window, accept)
            : word is "He" or "She" && i == document.Sentences[sentenceIndex].FirstToken && PreviousSubject(sentenceIndex, accept) is var previous and >= 0 ? previous
            : word is "he" or "she" && ReportedSpeaker(sentenceIndex, i, accept) is var speaker and >= 0 ? speaker
            : table.NearestBefore(token.Start, window, accept);
        if (found >= 0)
            table.Mention(token.Start, token.End, found, MentionKind.Pronoun);
    }

    /// <summary>"its troops", "UN peacekeepers", "Hamas fighters": an agent that belongs to whoever stands before it is theirs, not the place's.</summary>
    private bool Possessed(Sentence sentence, int i, bool[] covered)
    {
        if (i == sentence.FirstToken)
            return false;
        var previous = document.Slice(document.Tokens[i - 1].Range);
        return previous is "its" or "their" or "his" or "her" or "our" or "Its" or "Their" or "His" or "Her" or "Our" or "'s" or "’s"
            || covered[i - 1 - sentence.FirstToken] && document.Tokens[i - 1].Is(TokenShape.Capitalized) && !PartyMembers(sentence, i);
    }

    private bool Is(int token, string word) => document.Slice(document.Tokens[token].Range).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsCountryNoun(ReadOnlySpan<char> word) =>
        word is "country" or "kingdom" or "nation" or "republic" or "emirate" or "state's" or "country's" or "kingdom's" or "nation's";

    private static char GenderOf(ReadOnlySpan<char> word) => word switch
    {
        "he" or "He" or "him" or "his" or "His" or "himself" => 'm',
        "she" or "She" or "her" or "Her" or "hers" or "herself" => 'f',
        _ => ' ',
    };
}
