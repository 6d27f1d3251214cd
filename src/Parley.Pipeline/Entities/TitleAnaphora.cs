using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Foreign Minister Ana Ruiz met ... The minister urged ...": a definite title with no name after it ("the minister", "the
/// foreign secretary", "the governor") refers back to the latest person of the last few sentences whose own title, written
/// before the name or in an apposition after it, has every word of it ("the foreign minister" is "Foreign Minister X", "the
/// minister of finance" is not). A plural ("the ministers") or a title followed by a name is left alone.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Sentences back a definite title may reach: further than a pronoun's, as a title repeats the office.</summary>
    private const int TitleWindow = 4;

    /// <summary>Tokens around a name searched for its title: "Canadian Foreign Minister Ana Ruiz", "Ana Ruiz, the country's foreign minister,".</summary>
    private const int TitleReach = 6;

    /// <summary>Links "the &lt;title&gt;" at token <paramref name="the"/> and returns the token after the title; <paramref name="the"/> when none.</summary>
    private int TitleAnaphor(int sentenceIndex, int the, bool[] covered)
    {
        var sentence = document.Sentences[sentenceIndex];
        var tokens = document.Tokens;
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = -1;
        // The name matcher covers a title standing alone ("the minister") without mentioning it: covered, but nobody's name.
        for (var t = the + 1; t < sentence.EndToken && t <= the + 3 && (!covered[t - sentence.FirstToken] || !NamedAt(tokens[t].Start, sentence.Start)) && tokens[t].Is(TokenShape.Word); t++)
            if (agents.TryGetValue(document.Text.AsSpan(tokens[the + 1].Start, tokens[t].End - tokens[the + 1].Start), out var title) && title.Kind == AgentKind.Title)
                end = t + 1;
        if (end < 0 || document.Slice(tokens[end - 1].Range) is var last && last.EndsWith("s", StringComparison.Ordinal) && !last.EndsWith("ss", StringComparison.Ordinal))
            return the;
        // "the minister of finance", "the president Ana Ruiz", "the governor's": a new official, or a name the title belongs to.
        if (end < sentence.EndToken && (tokens[end].Is(TokenShape.Capitalized) || document.Slice(tokens[end].Range) is "of" or "for" or "-"))
            return the;
        // "The army chief, Gen. Ana Ruiz, vowed": a name in apposition right after the title is the one it belongs to.
        if (end + 1 < sentence.EndToken && document.Slice(tokens[end].Range) is "," && tokens[end + 1].Is(TokenShape.Capitalized)
            && end + 1 - sentence.FirstToken < covered.Length && covered[end + 1 - sentence.FirstToken])
            return the;
        // The same office as written (Offices.Same): "the foreign minister" is "Foreign Minister X", "the minister" is no prime minister.
        var office = document.TextOf(new TextRange(tokens[the + 1].Start, tokens[end - 1].End));
        var window = document.Sentences[Math.Max(0, sentenceIndex - TitleWindow)].Start;
        var person = table.NearestBefore(tokens[the].Start, window, new TitledPerson(this, office));
        if (person < 0)
            return the;
        table.Mention(tokens[the].Start, tokens[end - 1].End, person, MentionKind.Pronoun);
        return end;
    }

    /// <summary>Whether a mention of this sentence covers the offset (mentions are recorded in text order, so the search runs back).</summary>
    private bool NamedAt(int offset, int sentenceStart)
    {
        for (var i = table.Mentions.Count - 1; i >= 0; i--)
        {
            var m = table.Mentions[i];
            if (m.Start <= offset && m.End > offset)
                return true;
            if (m.End <= sentenceStart)
                break;
        }
        return false;
    }

    /// <summary>Whether a name mention of the person has the same office written before the name or in an apposition after it.</summary>
    /// <summary>A person who holds <c>office</c>, as a struct test: "the" is read at every token, and no closure is made for it.</summary>
    private readonly struct TitledPerson(Coreference owner, string office) : IEntityTest
    {
        public bool Accepts(int entity) => owner.IsPersonTitled(entity, office);
    }

    private bool IsPersonTitled(int entity, string office) => table[entity].Type == EntityType.Person && HasTitle(entity, office);

    private bool HasTitle(int person, string title)
    {
        var tokens = document.Tokens;
        foreach (var m in table.Mentions)
        {
            if (m.Entity != person || m.Kind != MentionKind.Name)
                continue;
            var sentence = document.Sentences[document.SentenceAt(m.Start)];
            var first = new Events.TokenIndex(document).TokenAt(m.Start);
            var from = TitleStart(first, Math.Max(sentence.FirstToken, first - TitleReach));
            if (from < first && Offices.Same(document.Text.AsSpan(tokens[from].Start, tokens[first - 1].End - tokens[from].Start), title))
                return true;
            // "Ana Ruiz, the country's foreign minister, said": the apposition runs to the next comma.
            var after = first;
            while (after < sentence.EndToken && tokens[after].End <= m.End)
                after++;
            if (after + 1 >= sentence.EndToken || document.Slice(tokens[after].Range) is not ",")
                continue;
            var stop = after + 1;
            while (stop < sentence.EndToken && stop <= after + TitleReach && document.Slice(tokens[stop].Range) is not ("," or "." or ";"))
                stop++;
            if (stop > after + 1 && Offices.Same(document.Text.AsSpan(tokens[after + 1].Start, tokens[stop - 1].End - tokens[after + 1].Start), title))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Where the noun phrase before a name starts: "Prime Minister Ana Ruiz met Foreign Minister Ivo Kral" gives Kral only
    /// "Foreign Minister"; punctuation, a conjunction, a past-tense verb or another person's name ends it.
    /// </summary>
    private int TitleStart(int first, int floor)
    {
        var start = first;
        while (start > floor)
        {
            var token = document.Tokens[start - 1];
            var word = document.Slice(token.Range);
            if (token.Is(TokenShape.Punctuation) || word is "and" or "or" or "with" or "said" or "met" || word.EndsWith("ed", StringComparison.Ordinal) && !token.Is(TokenShape.Capitalized)
                || NamedAt(token.Start, token.Start))
                break;
            start--;
        }
        return start;
    }
}
