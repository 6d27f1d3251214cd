using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Tural Babayev, from Azerbaijan, ...", "Babayev and Hasanov, both from Azerbaijan, ...": a non-restrictive phrase that
/// says only which country people come from gives names the knowledge base does not have that country, with no sector (a
/// citizen, not an office), as <see cref="NationalityClause"/> does for "who is Azerbaijani". With "both", "each" or "all"
/// it gives it to every name of the list before it.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Codes the names before the comma at token <paramref name="comma"/> from ", (both) from &lt;country&gt;,"; true when coded.</summary>
    private bool FromClause(Sentence sentence, int comma)
    {
        var tokens = document.Tokens;
        if (comma == sentence.FirstToken || comma + 2 >= sentence.EndToken || document.Text[tokens[comma].Start] != ',' || tokens[comma].End - tokens[comma].Start != 1)
            return false;
        var t = comma + 1;
        var list = Is(t, "both") || Is(t, "each") || Is(t, "all");
        if (list)
            t++;
        if (t + 1 >= sentence.EndToken || !Is(t, "from"))
            return false;
        t++;
        // The country must end the phrase: "from Azerbaijan," but not "from Azerbaijan's capital" or "from Azerbaijan to Iran".
        var mention = CountryNameMentionAt(tokens[t].Start);
        if (mention < 0 || CountryOf(table.Mentions[mention].Entity) is not { } country)
            return false;
        var after = t;
        while (after < sentence.EndToken && tokens[after].End <= table.Mentions[mention].End)
            after++;
        if (after < sentence.EndToken && document.Slice(tokens[after].Range) is not ("," or "." or ";" or ")" or "—"))
            return false;
        var index = UncodedNameEndingAt(sentence, tokens[comma - 1].End);
        if (index < 0)
            return false;
        var code = new ActorCode(table.CountryOn(country), null);
        table.Describe(table.Mentions[index].Entity, EntityType.Person, code, "entities.nationality.v1");
        // "Babayev and Hasanov, both from ...": the name before "and" is one of them too.
        var start = table.Mentions[index].Start;
        var and = TokenStartingAt(sentence, start) - 1;
        if (list && and > sentence.FirstToken && Is(and, "and") && UncodedNameEndingAt(sentence, tokens[and - 1].End) is var other and >= 0)
            table.Describe(table.Mentions[other].Entity, EntityType.Person, code, "entities.nationality.v1");
        return true;
    }

    /// <summary>The index of a country's name mention (not a demonym) starting at <paramref name="start"/>, or -1.</summary>
    private int CountryNameMentionAt(int start)
    {
        var mentions = table.Mentions;
        for (var k = mentions.Count - 1; k >= 0; k--)
            if (mentions[k].Start == start && mentions[k].Kind == MentionKind.Name && table[mentions[k].Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) == true)
                return k;
        return -1;
    }

    private int TokenStartingAt(Sentence sentence, int start) =>
        FirstTokenFrom(sentence, start) is var t && t < sentence.EndToken && document.Tokens[t].Start == start ? t : sentence.FirstToken;
}
