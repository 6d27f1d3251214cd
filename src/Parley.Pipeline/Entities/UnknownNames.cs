using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>Names the knowledge base does not have: titled people ("Foreign Minister Ana Lopez") and capitalised sequences classified by their cues.</summary>
internal sealed class UnknownNames(Document document, EntityTable table, Knowledge.KnowledgeBase kb)
{
    private static readonly FrozenSet<string> s_orgWords = FrozenSet.Create(StringComparer.Ordinal,
        "Ministry", "Council", "Party", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Bank", "Agency", "Organization", "Organisation", "Association",
        "Union", "Committee", "Commission", "Department", "Institute", "University", "Group", "Company", "Court", "Army", "Navy", "Forces",
        "Front", "Movement", "Authority", "Office", "Service", "Foundation", "Fund", "Federation", "Assembly", "Parliament", "Congress",
        "Senate", "Board", "Bureau", "News", "Times", "Post", "Network", "Airlines", "Brigade", "Guard", "Police", "Alliance", "League");

    /// <summary>Capitalised words that start sentences and are not names.</summary>
    private static readonly FrozenSet<string> s_commonStarters = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "When", "While", "After", "Before", "As", "It", "Its", "This", "That",
        "These", "Those", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "There", "Here", "Both", "Despite", "However",
        "Although", "Though", "For", "From", "With", "Without", "By", "Since", "Until", "During", "Under", "Over", "Some", "Many", "Most",
        "Several", "All", "No", "Not", "Officials", "Analysts", "Diplomats", "Expectations", "Ultimately", "Managing", "Building", "Holding",
        "Taking", "A", "Mr", "Mr.", "Ms", "Ms.", "Dr", "Dr.", "Meanwhile", "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Also",
        "Such", "Other", "Each", "Every", "What", "Who", "Why", "How", "Where", "Which", "Then", "Now", "Still", "Yet", "So", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Asked", "According", "Among", "Between", "Against", "Once", "Even");

    private static readonly FrozenSet<string> s_speech = FrozenSet.Create(StringComparer.Ordinal, "said", "says", "told", "added", "wrote", "asked", "stated");

    /// <summary>A title with a name after it, or "the minister" standing for someone named before.</summary>
    public bool Titled(NameMatch title, string titlePhrase, string? country)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[document.SentenceAt(title.Start)];
        var end = title.EndToken;
        while (end < sentence.EndToken && end - title.EndToken < 3 && IsNameToken(tokens[end]))
            end++;
        if (end > title.EndToken)
        {
            var range = new TextRange(tokens[title.EndToken].Start, tokens[end - 1].End);
            var name = document.TextOf(range);
            var sector = kb.Agents.TryGetValue(titlePhrase, out var agent) ? agent.Sector : null;
            // A surname already known in this document ("Minister Lopez") is the same person.
            var known = end - title.EndToken == 1 ? SameSurname(name, range.Start) : -1;
            var entity = known >= 0 ? known : table.Unknown(name, EntityType.Person, country is null ? null : new ActorCode(country, sector), "entities.titled.v1");
            table.Mention(range.Start, range.End, entity, MentionKind.Name);
            return true;
        }
        var before = title.FirstToken > sentence.FirstToken ? document.Slice(tokens[title.FirstToken - 1].Range) : default;
        if (before.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            var head = titlePhrase[(titlePhrase.LastIndexOf(' ') + 1)..];
            var found = table.LastBefore(title.Start, 0, e => table[e].Type == EntityType.Person && RoleTitleContains(e, head));
            if (found >= 0)
            {
                table.Mention(title.Start, title.End, found, MentionKind.Title);
                return true;
            }
        }
        return false;
    }

    /// <summary>Capitalised runs no knowledge-base phrase covered.</summary>
    public void Scan(Sentence sentence, bool[] covered)
    {
        var tokens = document.Tokens;
        if (IsHeadline(sentence))
            return;
        for (var i = sentence.FirstToken; i < sentence.EndToken;)
        {
            if (covered[i - sentence.FirstToken] || !IsNameToken(tokens[i]) || (i == sentence.FirstToken && s_commonStarters.Contains(document.TextOf(tokens[i].Range))))
            {
                i++;
                continue;
            }
            var end = i + 1;
            // A capitalised first word followed by a lower-case one is an ordinary word ("Disagreements over ...").
            if (i == sentence.FirstToken && end < sentence.EndToken && !IsNameToken(tokens[end]) && tokens[end].Is(TokenShape.Word)
                && SameSurname(document.TextOf(tokens[i].Range), tokens[i].Start) < 0)
            {
                i++;
                continue;
            }
            while (end < sentence.EndToken && !covered[end - sentence.FirstToken] && (IsNameToken(tokens[end]) || IsInnerOrgWord(end, sentence)))
                end++;
            while (end > i + 1 && !IsNameToken(tokens[end - 1]))
                end--;
            Classify(i, end, sentence);
            i = end;
        }
    }

    private void Classify(int first, int end, Sentence sentence)
    {
        var tokens = document.Tokens;
        var range = new TextRange(tokens[first].Start, tokens[end - 1].End);
        var name = document.TextOf(range);
        if (end - first == 1 && SameSurname(name, range.Start) is var known and >= 0)
        {
            table.Mention(range.Start, range.End, known, MentionKind.Name);
            return;
        }
        var type = EntityType.Other;
        for (var t = first; t < end; t++)
            if (s_orgWords.Contains(document.TextOf(tokens[t].Range)))
                type = EntityType.Org;
        if (type == EntityType.Other)
        {
            var after = end < sentence.EndToken ? document.TextOf(tokens[end].Range) : "";
            var allWords = true;
            for (var t = first; t < end; t++)
                allWords &= tokens[t].Is(TokenShape.Word) && !tokens[t].Is(TokenShape.AllCaps);
            if (allWords && (s_speech.Contains(after) || end - first is 2 or 3))
                type = EntityType.Person;
            else if (tokens[first].Is(TokenShape.AllCaps) && end - first == 1)
                type = EntityType.Org;
        }
        table.Mention(range.Start, range.End, table.Unknown(name, type, null, "entities.capitalised.v1"), MentionKind.Name);
    }

    /// <summary>A one-word name that is part of a person's full name mentioned earlier: "Rubio" after "Marco Rubio", "Wang" after "Wang Yi".</summary>
    private int SameSurname(string surname, int before) =>
        table.LastBefore(before, 0, e => table[e].Type == EntityType.Person
            && (table[e].Name.EndsWith(" " + surname, StringComparison.Ordinal) || table[e].Name.StartsWith(surname + " ", StringComparison.Ordinal)));

    private bool RoleTitleContains(int entity, string head)
    {
        var e = table[entity];
        if (e.KbId is null || !kb.People.TryGetValue(e.KbId, out var person))
            return e.Rule == "entities.titled.v1";
        foreach (var role in person.Roles)
            if (role.Title.Contains(head, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private bool IsNameToken(Token token) =>
        token.Is(TokenShape.Capitalized) && token.Is(TokenShape.Word);

    private bool IsInnerOrgWord(int index, Sentence sentence) =>
        index + 1 < sentence.EndToken && IsNameToken(document.Tokens[index + 1])
        && document.Slice(document.Tokens[index].Range) is "of" or "for" or "and" or "de";

    /// <summary>A section heading: no closing punctuation and every word capitalised ("A Relationship Under Strain").</summary>
    private bool IsHeadline(Sentence sentence)
    {
        var tokens = document.Tokens;
        if (tokens[sentence.EndToken - 1].Is(TokenShape.Punctuation))
            return false;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (tokens[i].Is(TokenShape.Word) && !tokens[i].Is(TokenShape.Capitalized) && document.Slice(tokens[i].Range) is not ("of" or "the" or "and" or "a" or "in" or "on" or "to" or "for"))
                return false;
        return true;
    }
}
