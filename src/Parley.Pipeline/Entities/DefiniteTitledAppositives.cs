using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Marta Voss, the U.N. special envoy for Libya, ...", "Ivo Kranj, the EU's chief negotiator, ...", "Lea Ortiz, the senior
/// adviser to French President Emmanuel Macron, ...", "Omar Said, the chief spokesman for the Taliban, ...": a name the
/// knowledge base lacks, then a comma and a definite post (one the text names by its body, before or after the post's head),
/// is a person who works for that body: the body's code, a state's country (with the post's sector), or the country of the
/// person the post serves. A relation that is no post ("the wife of", "the lawyer for", "the critic of") says nothing.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Heads of posts agents.tsv lacks because, alone, they name nobody's agent: "adviser", "aide", "negotiator".</summary>
    private static readonly FrozenSet<string> PostHeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "adviser", "advisor", "aide", "negotiator", "emissary", "chief", "head", "chairman", "chairwoman", "chair", "coordinator",
        "mediator", "director", "secretary-general", "director-general", "commissioner", "representative", "delegate");

    /// <summary>
    /// Codes the uncoded name <paramref name="index"/> before the comma at token <paramref name="comma"/> when "the" and a post
    /// follow: "the &lt;Body&gt; [’s] &lt;post&gt;" or "the &lt;post&gt; of/for/to &lt;Body or person&gt;"; true when coded.
    /// </summary>
    private bool DefiniteTitledAppositive(Sentence sentence, int comma, int index)
    {
        var tokens = document.Tokens;
        var t = comma + 2;
        if (t + 1 >= sentence.EndToken)
            return false;
        ActorCode code;
        string? sector;
        if (tokens[t].Is(TokenShape.Capitalized))
        {
            // "the U.N. special envoy", "the EU's chief negotiator", "the Kenyan foreign minister"
            if (BodyMentionAt(tokens[t].Start) is not var (body, state, end))
                return false;
            var post = t;
            while (post < sentence.EndToken && tokens[post].Start < end)
                post++;
            if (post < sentence.EndToken && document.Slice(tokens[post].Range) is "'s" or "’s")
                post++;
            var stop = PostEnd(sentence, post, out sector);
            if (stop == post || stop < sentence.EndToken && document.Slice(tokens[stop].Range) is not ("," or "for" or "of" or "in" or "on" or "to" or "at" or "said" or "says"))
                return false;
            code = state && sector is not null ? body with { Sector = sector } : body;
        }
        else
        {
            // "the senior adviser to ...", "the chief spokesman for the Taliban"
            var stop = PostEnd(sentence, t, out sector);
            if (stop == t || stop + 1 >= sentence.EndToken || document.Slice(tokens[stop].Range) is not ("of" or "for" or "to" or "at"))
                return false;
            var first = stop + 1 < sentence.EndToken && document.Slice(tokens[stop + 1].Range) is "the" ? stop + 2 : stop + 1;
            // "to French President Emmanuel Macron": the title's words may open no mention of their own; the first body in the capitalised run
            (ActorCode Code, bool State, int End)? found = null;
            for (var j = first; found is null && j < sentence.EndToken && j < first + 4 && tokens[j].Is(TokenShape.Capitalized); j++)
                found = BodyMentionAt(tokens[j].Start);
            // "the secretary for Britain's Conservative party": the post is in a body the state's possessive opens, not the state's
            if (found is not var (body, state, bodyEnd) || state && Possessive(bodyEnd))
                return false;
            code = state && sector is not null ? body with { Sector = sector } : body;
        }
        table.Describe(table.Mentions[index].Entity, EntityType.Person, code, "entities.appositive.definite-post.v1");
        return true;
    }

    /// <summary>
    /// The token after a post's words from <paramref name="from"/> (up to <see cref="PostWords"/> lower-case words, the last a post's
    /// head), or <paramref name="from"/> when there is no post there; <paramref name="sector"/> is the head's sector.
    /// </summary>
    private int PostEnd(Sentence sentence, int from, out string? sector)
    {
        var tokens = document.Tokens;
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        var noPosts = NoPosts.GetAlternateLookup<ReadOnlySpan<char>>();
        var heads = PostHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        sector = null;
        var end = from;
        var isHead = false;
        var opposition = false;
        for (var t = from; t < sentence.EndToken && t < from + PostWords; t++)
        {
            var word = document.Slice(tokens[t].Range);
            if (!tokens[t].Is(TokenShape.Word) || tokens[t].Is(TokenShape.Capitalized) || word is "of" or "for" or "to" or "at" or "in" or "on" or "and" or "or" or "who")
                break;
            if (noPosts.Contains(word))
                return from; // "the wife of", "the former ...": no post, or none held now
            var known = agents.TryGetValue(word, out var agent);
            isHead = known || heads.Contains(word);
            sector = known && agent!.Sector.Length > 0 ? agent.Sector : null;
            opposition |= word is "shadow" or "opposition"; // "the shadow finance minister", "the opposition leader"
            end = t + 1;
        }
        if (opposition)
            sector = "OPP";
        return isHead ? end : from;
    }

    /// <summary>
    /// The body named from <paramref name="start"/>: an organisation or state with a code (State false), a demonym's or country
    /// name's state (State true), or the country of a known person ("French President Emmanuel Macron" as one name); with the
    /// mention's end offset; else null.
    /// </summary>
    private (ActorCode Code, bool State, int End)? BodyMentionAt(int start)
    {
        var mentions = table.Mentions;
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k].Start != start)
                continue;
            var e = table[mentions[k].Entity];
            if (e.KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal))
                return (new ActorCode(key["country:".Length..], null), true, mentions[k].End);
            if (e.Actor is not { Country.Length: 3 } actor || actor.Country == "---")
                return null;
            return e.Type switch
            {
                EntityType.Org => (actor, false, mentions[k].End),
                EntityType.Person => (new ActorCode(actor.Country, null), false, mentions[k].End), // an adviser to a president serves the state, in no post of it
                _ => null,
            };
        }
        return null;
    }

    /// <summary>Whether a possessive "'s" follows the offset <paramref name="end"/>: "Britain's".</summary>
    private bool Possessive(int end) =>
        document.Text.AsSpan(end).StartsWith("'s", StringComparison.Ordinal) || document.Text.AsSpan(end).StartsWith("’s", StringComparison.Ordinal);
}
