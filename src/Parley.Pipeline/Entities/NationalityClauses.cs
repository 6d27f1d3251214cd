using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Karim Osei, who is Ghanaian, ...", "Ana Ruiz, who was Peruvian.": a non-restrictive clause that says only a person's
/// nationality gives a name the knowledge base does not have that country, with no sector (a citizen, not an office), for
/// every mention of the person in the story.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Codes the name before the comma at token <paramref name="comma"/> from "who is/was &lt;demonym&gt;"; true when coded.</summary>
    private bool NationalityClause(Sentence sentence, int comma)
    {
        var tokens = document.Tokens;
        if (comma == sentence.FirstToken || comma + 3 >= sentence.EndToken || document.Text[tokens[comma].Start] != ',' || tokens[comma].End - tokens[comma].Start != 1
            || !Is(comma + 1, "who") || !(Is(comma + 2, "is") || Is(comma + 2, "was")))
            return false;
        // The demonym must end the clause: "who is Azerbaijani," but not "who is Kenyan-born" or "who is Iranian American".
        var demonym = comma + 3;
        if (demonym + 1 < sentence.EndToken && !tokens[demonym + 1].Is(TokenShape.Punctuation))
            return false;
        if (CountryMentionAt(tokens[demonym].Start) is not { } country || !IsDemonymAt(tokens[demonym].Start))
            return false;
        var index = UncodedNameEndingAt(sentence, tokens[comma - 1].End);
        if (index < 0)
            return false;
        table.Describe(table.Mentions[index].Entity, EntityType.Person, new ActorCode(table.CountryOn(country), null), "entities.nationality.v1");
        return true;
    }

    private bool IsDemonymAt(int start)
    {
        foreach (var m in table.Mentions)
            if (m.Start == start)
                return m.Kind == MentionKind.Demonym;
        return false;
    }
}
