using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Round 58 (rule <c>accuse.said-verdict.v1</c>): "Police banned the march. The opposition said the ban was a shameful act of
/// repression", "the union said the closure would prove a costly blunder": a reporting verb whose clause opens with a definite
/// act noun (<see cref="JudgedActs.KindsOf"/>: "the ban", "the arrests", "the decision") and whose predicate, before a clause
/// break, holds a word of condemnation (every condemning list of evaluation-words.tsv) is the speaker's verdict on that act. It
/// reads what no judge row read: the predicate may be any verb ("would prove", "were plainly"). The
/// match is a trigger the coder reads as any speaker verdict: its target is the author of the act the noun retells
/// (<see cref="VerdictAuthors"/>, <c>+sides.verdict</c>), and with no such act told earlier it is dropped. Refused: a negation or
/// a hedge before the condemning word ("was not illegal", "may prove unwise"), a praising word in the predicate, a clause break
/// ("and", "but", "which", "because", a comma) before it, and words another trigger already read.
/// </summary>
internal static class SaidVerdicts
{
    public const string RuleId = "accuse.said-verdict.v1";

    /// <summary>The row the matches carry: a speaker's disapproval (111), its target found from the judged act.</summary>
    public static readonly EventPattern Pattern = new(RuleId, [["said-verdict"]], TriggerKind.Verb, "ACCUSE", "disapprove", "111", SourceSlot.Speaker, [], false);

    /// <summary>The condemning words: the lists the label verdicts read (LabelVerdicts), shared, not copied.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_condemning = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [.. WordLists.Default["negative-adjective"], .. WordLists.Default["label-negative-adjective"], .. WordLists.Default["negative-noun"],
         .. WordLists.Default["label-negative-noun"], .. WordLists.Default["bare-label-noun"], .. WordLists.Default["insult-noun"],
         .. WordLists.Default["label-verdict-word"]]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Praising words that make the predicate no verdict ("was a welcome step against abuse").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_praise = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [.. WordLists.Default["positive-adjective"], .. WordLists.Default["positive-noun"]]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Negations and hedges: a verdict denied or only feared is none ("was not illegal", "might seem unfair").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_negations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "not", "no", "never", "n't", "hardly", "neither", "nor", "nothing", "without", "if", "whether", "may", "might", "could", "seem", "seemed",
        "seems", "appear", "appeared", "appears", "avoid", "avoided", "prevent", "prevented", "stop", "end", "fight", "combat", "curb", "against",
        "tackle", "counter", "victim", "victims", "free", "than").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that end the predicate: another clause starts.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_breaks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ",", ";", ":", "and", "but", "or", "which", "who", "that", "because", "while", "after", "before", "since", "when", "as", "although",
        "though", "despite", "amid", "“", "”", "\"", "(", ")").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Auxiliaries and copulas that open the predicate after the judged phrase.</summary>
    private static bool IsAuxiliary(ReadOnlySpan<char> w) =>
        w is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "could" or "can" or "may" or "might"
            or "must" or "should" or "did" or "does" or "been" or "be";

    /// <summary>How many words the judged phrase may span from its determiner to the predicate: "the decision to halt the talks".</summary>
    private const int PhraseReach = 8;

    /// <summary>How many words the predicate may run to its condemning word: "would only serve to deepen the injustice".</summary>
    private const int PredicateReach = 8;

    /// <summary>
    /// Adds to <paramref name="triggers"/> (kept in token order) a said-verdict match for every reporting verb of the sentence whose
    /// clause opens with a definite act phrase and whose predicate holds a condemning word no other trigger reads.
    /// </summary>
    public static void Add(Document document, Sentence sentence, List<TriggerMatch> triggers)
    {
        for (var r = sentence.FirstToken; r + 3 < sentence.EndToken; r++)
        {
            var verb = Word(document, r);
            if (!Speakers.IsReportingVerb(verb) && verb is not "saying")
                continue;
            var reported = Word(document, r + 1) is "that" ? r + 2 : r + 1;
            if (Word(document, reported) is not ("the" or "The" or "this" or "these"))
                continue;
            if (Match(document, sentence, reported, triggers) is not { } m)
                continue;
            var at = 0;
            while (at < triggers.Count && triggers[at].FirstToken < m.FirstToken)
                at++;
            triggers.Insert(at, m);
        }
    }

    private static TriggerMatch? Match(Document document, Sentence sentence, int determiner, List<TriggerMatch> triggers)
    {
        var tags = document.Tags;
        var predicate = -1;
        for (var t = determiner + 2; t < sentence.EndToken && t <= determiner + PhraseReach; t++)
        {
            var w = Word(document, t);
            if (s_breaks.Contains(w))
                return null;
            if (IsAuxiliary(w) || t < tags.Length && PosTags.IsFinite(tags[t]))
            {
                predicate = t;
                break;
            }
        }
        if (predicate < 0 || VerdictAuthors.RetoldKinds(document, determiner, predicate) is null)
            return null;
        var end = Math.Min(sentence.EndToken, predicate + PredicateReach + 1);
        for (var t = predicate; t < end; t++)
        {
            var w = Word(document, t);
            if (s_breaks.Contains(w) || s_negations.Contains(w)
                || s_praise.Contains(w))
                return null;
            if (!s_condemning.Contains(w))
                continue;
            foreach (var other in triggers)
                if (other.FirstToken <= t && other.EndToken > predicate)
                    return null; // a row already read the predicate (the judged noun's own row, "the arrests", reads a deed noun)
            return new TriggerMatch(Pattern, predicate, t + 1, new TextRange(document.Tokens[predicate].Start, document.Tokens[t].End));
        }
        return null;
    }

    private static ReadOnlySpan<char> Word(Document document, int token) =>
        token >= 0 && token < document.Tokens.Length ? document.Slice(document.Tokens[token].Range) : [];
}
