using Parley.Core;

namespace Parley.Pipeline.Text;

/// <summary>
/// The tagger's contextual rules, Brill-style but written by hand from English grammar: each pass over a sentence moves
/// a word from its most frequent reading to another reading the lexicon (or the guesser) gives it, when its neighbours'
/// tags leave no doubt. They read the tags of the words before (already corrected) and after (still initial), in the
/// order below. Every rule only changes a word to one of its own readings, but for one: a past form (VBD) may become
/// the participle (VBN) though the lexicon's first three readings lack it ("hit" VBD|JJ|NN), as every English verb has one;
/// and the base form (VB) and the present (VBP) are one reading, the same word in English but for "be" ("end" NN|VBP|JJ).
/// </summary>
public static class PosRules
{
    public static void Apply(ReadOnlySpan<PosReadings> readings, Span<PosTag> tags, ReadOnlySpan<PosWord> words, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var r = readings[i];
            // 0. Right after a modal a word read only as a singular noun is the base verb, though the lexicon lacks the reading
            //    (a guessed word has one): "will station", "would garrison".
            if (i > first && tags[i - 1] == PosTag.MD && tags[i] == PosTag.NN)
            {
                tags[i] = PosTag.VB;
                continue;
            }
            if (r.IsEmpty || r.Packed <= 0xFF && words[i] != PosWord.That && r.First != PosTag.VBD)
                continue; // one reading: nothing to choose
            var p = Previous(tags, words, first, i);
            var before = i > first ? tags[i - 1] : PosTag.None;
            var next = i + 1 < end ? tags[i + 1] : PosTag.None;
            var t = tags[i];

            // 1. After a determiner or a possessive (or one adjective after them) a word that can be a noun is one:
            //    "the calls for calm", "their strike", "Kenya's new attack".
            if (PosTags.IsVerb(t) && t is not (PosTag.VBG or PosTag.VBN) && r.HasNoun
                && (IsDeterminer(before) || PosTags.IsAdjective(before) && i - 2 >= first && IsDeterminer(tags[i - 2])))
                tags[i] = Noun(r, t == PosTag.VBZ);
            // 2. After "to", a modal or a form of "do" (adverbs and "not" skipped) a word that can be a base verb is one:
            //    "vowed to strike back", "will fire", "did not attack".
            else if (p >= 0 && (tags[p] is PosTag.TO or PosTag.MD || words[p] == PosWord.Do && PosTags.IsVerb(tags[p])) && r.HasBase
                     && r.First is not (PosTag.DT or PosTag.IN or PosTag.PRP or PosTag.PRPS or PosTag.CC)) // "given to a": "a" stays a determiner
                tags[i] = PosTag.VB;
            // 3. After a form of "have" a past form is the participle: "has attacked", "had not shelled".
            // 4. After a form of "be" too (the passive): "was wounded", "were quickly detained".
            else if (p >= 0 && words[p] is PosWord.Have or PosWord.Be && t == PosTag.VBD)
                tags[i] = PosTag.VBN;
            // 5. After a subject pronoun, or a relative "who/which/that", a noun-or-verb word is the finite verb:
            //    "they protest", "she calls", "a group which attacks".
            else if (PosTags.IsCommonNoun(t) && HasFinite(r)
                     && (before == PosTag.PRP && words[i - 1] == PosWord.Subject || before is PosTag.WDT or PosTag.WP))
                tags[i] = Finite(r, t);
            // 6. Between a subject noun and a determiner, possessive or number, a noun-or-verb word is the verb:
            //    "Ankara fires the envoy", "protesters attack two buses", "the ministry calls their offer...".
            else if (PosTags.IsCommonNoun(t) && HasFinite(r) && PosTags.IsNoun(before)
                     && next is PosTag.DT or PosTag.PRPS or PosTag.PDT or PosTag.CD)
                tags[i] = Finite(r, t);
            // 6b. After a plural subject (adverbs skipped), a word read as a singular noun that has a base reading agrees with
            //    it as the present verb, before an object, a name, a pronoun, a preposition or "to": "officials visit
            //    Ethiopia", "rebels attack them", "women march through", "the ministers also meet in"; one with only a past
            //    reading is the past: "protesters burst into the assembly". A plural noun is rarely the modifier of a
            //    singular one; a day name after it dates a noun ("the strikes Sunday").
            else if (t == PosTag.NN && (r.HasBase || r.Has(PosTag.VBD)) && p >= 0 && tags[p] is PosTag.NNS or PosTag.NNPS && ObjectOrComplement(next)
                     && words[i + 1] != PosWord.Day)
                tags[i] = r.HasBase ? PosTag.VBP : PosTag.VBD;
            // 6c. A word read first as a participle right after its subject and before an object is the past: "the minister
            //    condemned the ruling", "she approved it".
            else if (t == PosTag.VBN && r.Has(PosTag.VBD) && (PosTags.IsNoun(before) || before == PosTag.PRP && words[i - 1] == PosWord.Subject)
                     && next is PosTag.DT or PosTag.PRPS or PosTag.PDT or PosTag.CD or PosTag.NNP or PosTag.NNPS or PosTag.PRP)
                tags[i] = PosTag.VBD;
            // 7. A past form before "by" is a participle with its agent: "a convoy hit by a drone".
            else if (t == PosTag.VBD && i + 1 < end && words[i + 1] == PosWord.By)
                tags[i] = PosTag.VBN;
            // 8. "that" before a finite verb after a noun is the relative pronoun ("the deal that ended the war"); before
            //    a subject (a pronoun, a determiner, a name) it opens a clause ("said that the talks..."); before a noun
            //    or an adjective it is the determiner ("that plan").
            else if (words[i] == PosWord.That)
            {
                if ((PosTags.IsFinite(next) || next == PosTag.MD) && PosTags.IsNoun(before))
                    tags[i] = PosTag.WDT;
                else if (next is PosTag.PRP or PosTag.DT or PosTag.NNP or PosTag.NNPS or PosTag.EX or PosTag.PRPS)
                    tags[i] = PosTag.IN;
                else if (next is PosTag.NN or PosTag.JJ && r.Has(PosTag.DT))
                    tags[i] = PosTag.DT;
            }
        }
    }

    /// <summary>The previous token in the sentence, adverbs and "not/never" skipped; -1 if none.</summary>
    private static int Previous(ReadOnlySpan<PosTag> tags, ReadOnlySpan<PosWord> words, int first, int i)
    {
        for (var k = i - 1; k >= first; k--)
            if (!PosTags.IsAdverb(tags[k]) && words[k] != PosWord.Not)
                return k;
        return -1;
    }

    /// <summary>What may follow a finite verb and rarely a noun after a plural noun: an object's first word, a preposition, "to".</summary>
    private static bool ObjectOrComplement(PosTag next) =>
        next is PosTag.DT or PosTag.PRPS or PosTag.PDT or PosTag.CD or PosTag.NNP or PosTag.NNPS or PosTag.PRP or PosTag.IN or PosTag.TO;

    private static bool IsDeterminer(PosTag tag) => tag is PosTag.DT or PosTag.PRPS or PosTag.POS or PosTag.PDT or PosTag.WPS;

    /// <summary>The noun reading: the plural for a word read as VBZ ("attacks") or with only a plural reading.</summary>
    private static PosTag Noun(PosReadings r, bool plural) =>
        plural && r.Has(PosTag.NNS) || !r.Has(PosTag.NN) ? PosTag.NNS : PosTag.NN;

    private static bool HasFinite(PosReadings r) => r.Has(PosTag.VBZ) || r.Has(PosTag.VBP) || r.Has(PosTag.VBD) || r.Has(PosTag.VB);

    /// <summary>The finite reading: VBZ for a word read as a plural noun ("calls"), else VBP, VBD or the base form.</summary>
    private static PosTag Finite(PosReadings r, PosTag noun) =>
        noun == PosTag.NNS && r.Has(PosTag.VBZ) ? PosTag.VBZ
        : r.HasBase ? PosTag.VBP
        : r.Has(PosTag.VBD) ? PosTag.VBD
        : r.Has(PosTag.VBZ) ? PosTag.VBZ
        : PosTag.VB;
}
