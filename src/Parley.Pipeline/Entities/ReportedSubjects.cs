using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Novak welcomed Lindqvist's visit and said he was looking forward to hosting him": a subject pronoun that opens the
/// clause a verb of saying reports ("said he", "said that she", "told reporters he") is the speaker, the person whose name
/// opens the sentence, not the person named last before the pronoun (Lindqvist). The speaker's own hoped-for or announced
/// act is then coded with the speaker as its source. Only when no other person stands as a subject between the speaker and
/// the verb of saying ("Novak said Lindqvist told him he ..." keeps the nearest): a person named as an owner ("Lindqvist's")
/// or after a preposition does not count.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>The person (of the pronoun's gender, by <paramref name="accept"/>) who says the clause pronoun <paramref name="i"/> opens; -1 if none.</summary>
    private int ReportedSpeaker(int sentenceIndex, int i, Func<int, bool> accept)
    {
        var sentence = document.Sentences[sentenceIndex];
        var verb = i - 1;
        if (verb > sentence.FirstToken && document.Slice(document.Tokens[verb].Range) is "that")
            verb--;
        if (verb <= sentence.FirstToken)
            return -1;
        var word = document.Slice(document.Tokens[verb].Range);
        // "told reporters he", "told the BBC that she": one or two words of audience after "told".
        if (!ReportingVerbs.IsSpeech(word) && !ReportingVerbs.IsSay(word) && word is not ("added" or "announced" or "promised" or "pledged" or "vowed" or "hoped" or "insisted"))
        {
            var told = -1;
            for (var k = verb - 1; k >= Math.Max(sentence.FirstToken, verb - 3) && told < 0; k--)
                if (document.Slice(document.Tokens[k].Range) is "told")
                    told = k;
            if (told < 0)
                return -1;
            verb = told;
        }
        // The speaker: the first mention of the sentence, a person of the pronoun's gender that owns nothing, within a few words
        // of the sentence's start (past a title: "Polish Prime Minister X").
        var opensAt = document.Tokens[sentence.FirstToken].Start;
        var verbAt = document.Tokens[verb].Start;
        Mention? opening = null;
        foreach (var m in table.Mentions)
            if (m.Start >= sentence.Start && m.End <= verbAt && (opening is null || m.Start < opening.Value.Start))
                opening = m;
        if (opening is not { } speaker || table[speaker.Entity].Type != EntityType.Person || !accept(speaker.Entity) || speaker.Start - opensAt > 40
            || Owns(speaker.End))
            return -1;
        // No other person as a subject between: one that owns ("Lindqvist's visit") or follows a preposition does not count.
        foreach (var m in table.Mentions)
        {
            if (m.Start <= speaker.Start || m.End > verbAt || m.Entity == speaker.Entity || table[m.Entity].Type != EntityType.Person || Owns(m.End))
                continue;
            var before = m.Start - 1;
            while (before > speaker.End && char.IsWhiteSpace(document.Text[before]))
                before--;
            var wordStart = before;
            while (wordStart > speaker.End && char.IsLetter(document.Text[wordStart - 1]))
                wordStart--;
            if (document.Text.AsSpan(wordStart, before - wordStart + 1) is "with" or "of" or "to" or "for" or "by" or "from" or "on" or "at")
                continue;
            return -1;
        }
        return speaker.Entity;
    }

    /// <summary>
    /// The entity of a subject pronoun ("he") that stands a few words before object pronoun <paramref name="i"/> in the same
    /// clause (no comma, "that", "and" or verb of saying between): "he was looking forward to receiving him" cannot mean himself; -1 if none.
    /// </summary>
    private int ClauseSubjectPronoun(int sentenceIndex, int i)
    {
        var sentence = document.Sentences[sentenceIndex];
        for (var k = i - 1; k >= Math.Max(sentence.FirstToken, i - 8); k--)
        {
            var text = document.Slice(document.Tokens[k].Range);
            // "He told aides the verdict had not shocked him": a verb of saying opens a new clause; its subject may be the object's person.
            if (text is "," or ";" or "that" or "and" or "but" or "who" or "which" || ReportingVerbs.IsSpeech(text) || ReportingVerbs.IsSay(text))
                return -1;
            if (text is not ("he" or "He"))
                continue;
            foreach (var m in table.Mentions)
                if (m.Start == document.Tokens[k].Start && m.Kind == MentionKind.Pronoun)
                    return m.Entity;
            return -1;
        }
        return -1;
    }

    private bool Owns(int end) =>
        document.Text.AsSpan(end).StartsWith("'s", StringComparison.Ordinal) || document.Text.AsSpan(end).StartsWith("’s", StringComparison.Ordinal);
}
