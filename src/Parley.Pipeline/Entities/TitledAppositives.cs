using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Kenji Mori, director-general of the Japanese Foreign Ministry's Asian Affairs Bureau, ...", "Lena Berg, spokeswoman for the
/// Swedish Foreign Ministry, ...", "X, a deputy leader of Y,": a name the knowledge base lacks, then a comma and a post of a
/// body or a state, is a person who works for it: the body's code, or the state's country when a demonym opens the body's name. A
/// relation to the body that is no post ("wife of", "lawyer for", "critic of") says nothing of whom the person serves.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>How many words the post may run, an opening article included: "a deputy director-general".</summary>
    private const int PostWords = 4;

    /// <summary>Words for a relation to a body or its people that is no post in it.</summary>
    private static readonly FrozenSet<string> NoPosts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow", "widower", "nephew", "niece", "cousin",
        "grandson", "granddaughter", "relative", "friend", "partner", "fiancee", "fiance", "lawyer", "attorney", "counsel", "critic",
        "opponent", "rival", "ally", "victim", "survivor", "biographer", "student", "fan", "former");

    /// <summary>Words that open an aside or a clause, not a post: "as president of", "now head of", "who chairs".</summary>
    private static readonly FrozenSet<string> NoPostOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "as", "who", "whose", "which", "now", "then", "also", "still", "once", "later", "and", "or", "but", "not", "the",
        "his", "her", "their", "its", "like", "unlike");

    /// <summary>Codes the name before the comma at token <paramref name="comma"/> as the body's or state's person; true when coded.</summary>
    private bool TitledAppositive(Sentence sentence, int comma)
    {
        var tokens = document.Tokens;
        if (comma == sentence.FirstToken || comma + 3 >= sentence.EndToken || document.Text[tokens[comma].Start] != ',' || tokens[comma].End - tokens[comma].Start != 1)
            return false;
        var index = UncodedNameEndingAt(sentence, tokens[comma - 1].End);
        if (index < 0)
            return false;
        if (document.Slice(tokens[comma + 1].Range) is "the")
            return DefiniteTitledAppositive(sentence, comma, index);
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        string? sector = null;
        var t = comma + 1;
        for (; t < sentence.EndToken && t <= comma + PostWords; t++)
        {
            var word = document.Slice(tokens[t].Range);
            if (word is "of" or "for" or "at")
                break;
            if (word is "a" or "an" && t == comma + 1)
                continue; // "X, a deputy leader of Y,": an indefinite post is a post too
            if (!tokens[t].Is(TokenShape.Word) || tokens[t].Is(TokenShape.Capitalized) || NoPosts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || NoPostOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word is "a" or "an")
                return false; // "X, as president of ...", "X, who heads ...": a clause or an aside, no bare post
            // the post's head noun, last before the preposition, gives its sector: "deputy head" is no deputy (LEG)
            sector = agents.TryGetValue(word, out var post) && post.Sector.Length > 0 ? post.Sector : null;
        }
        if (t == comma + 1 || t == comma + 2 && document.Slice(tokens[comma + 1].Range) is "a" or "an" || t >= sentence.EndToken || document.Slice(tokens[t].Range) is not ("of" or "for" or "at"))
            return false;
        var body = t + 1 < sentence.EndToken && document.Slice(tokens[t + 1].Range) is "the" ? t + 2 : t + 1;
        if (body + 1 >= sentence.EndToken || BodyCode(tokens[body].Start, tokens[body + 1]) is not var (code, state))
            return false;
        // a state's unnamed body takes the post's sector ("spokeswoman" none, "director-general" GOV); a named body keeps its own code
        table.Describe(table.Mentions[index].Entity, EntityType.Person, state && sector is not null ? code with { Sector = sector } : code, "entities.appositive.post.v1");
        return true;
    }

    /// <summary>
    /// The code of the body whose name starts at <paramref name="start"/>: a named body or state with a code of its own, or a
    /// demonym's country when a capitalised body word follows it ("the Japanese Foreign Ministry", State true); else null.
    /// </summary>
    private (ActorCode Code, bool State)? BodyCode(int start, Token next)
    {
        var mentions = table.Mentions;
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k].Start != start)
                continue;
            var e = table[mentions[k].Entity];
            // "the Japanese Foreign Ministry" read as a demonym, or already as the state's agent ("Nigerian Defence Ministry")
            if (mentions[k].Kind is MentionKind.Demonym or MentionKind.Agent)
                return next.Is(TokenShape.Capitalized) && e.KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal) ? (new ActorCode(key["country:".Length..], null), true) : null;
            return mentions[k].Kind == MentionKind.Name && e.Type is EntityType.Org or EntityType.Gpe && e.Actor is { Country.Length: 3 } actor && actor.Country != "---" ? (actor, false) : null;
        }
        return null;
    }
}
