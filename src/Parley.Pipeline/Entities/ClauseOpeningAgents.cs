using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Where a bare agent noun opens a clause inside its sentence rather than the sentence itself: "..., and authorities imposed a
/// curfew", "the chief said officers had arrested 40 people", "Hours earlier, the junta had banned ...". Nothing owns such a
/// noun (no name, demonym or possessive stands before it), so it is read as a bare institution or bare officers are at the
/// start of a sentence (<see cref="Bare"/>, <see cref="BareOfficers"/>): the country of its scene or of the story. Round 60.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>
    /// Words after which a plural opens a clause as its subject: a conjunction ("and authorities imposed"), a subordinator
    /// ("while troops searched") or a reporting verb whose clause it opens ("said officers had arrested"). After any other
    /// verb the plural is an object ("told lawmakers"), after a preposition an adjunct ("with troops"). Not "that": "warned
    /// the president that troops massed on the border would ...", "promised that officers would be repaid" name the
    /// speaker's troops or the ones the promise is for, not the story's state acting (one PLOVER record and one dev set lost).
    /// </summary>
    private static readonly FrozenSet<string> SubjectOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "but", "while", "as", "when", "after", "before", "because", "since", "until", "once", "where", "though", "although",
        "said", "says", "say");

    /// <summary>
    /// "and authorities imposed", "said troops had fired": a lower-case plural at token <paramref name="first"/> right after a
    /// clause opener, with the clause's verb after it (the tagger's verb, or "had"/"have"/"were"/"would"), is its clause's subject.
    /// </summary>
    private bool OpensInnerClause(Sentence sentence, int first, int end)
    {
        if (first <= sentence.FirstToken || end >= sentence.EndToken || !char.IsLower(document.Text[document.Tokens[first].Start]))
            return false;
        var last = document.Slice(document.Tokens[end - 1].Range);
        if (last.Length < 3 || last[^1] != 's' || last[^2] == 's')
            return false;
        return NameCues.Contains(SubjectOpeners, document.Slice(document.Tokens[first - 1].Range)) && VerbAt(end);
    }

    /// <summary>Whether a finite verb (or an auxiliary or adverb before one) follows at token <paramref name="t"/>: "imposed", "had arrested", "also fired".</summary>
    private bool VerbAt(int t)
    {
        var word = document.Slice(document.Tokens[t].Range);
        if (word is "had" or "have" or "has" or "were" or "are" or "would" or "will" or "could" or "also" or "later" or "then" or "again" or "quickly")
            return true;
        return PosTags.IsFinite(document.TagAt(t));
    }

    /// <summary>
    /// "Hours earlier, the junta ...", "On Monday, the army said ...": the institution opens its clause past a short opening
    /// phrase the sentence's first comma closes (which names no place: that would be checked as any other country is).
    /// </summary>
    private bool FrontedSubject(Sentence sentence, int first)
    {
        var t = first - 1;
        if (t > sentence.FirstToken && IsThe(t))
            t--;
        if (t <= sentence.FirstToken || document.Slice(document.Tokens[t].Range) is not "," || t - sentence.FirstToken > OpeningPhraseReach)
            return false;
        for (var k = sentence.FirstToken; k < t; k++)
            if (document.Slice(document.Tokens[k].Range) is "," or "\"" or "“" or "said" or "says")
                return false;
        return true;
    }

    /// <summary>Tokens an opening phrase may hold: "Hours earlier", "On Tuesday evening", "In a statement late on Friday".</summary>
    private const int OpeningPhraseReach = 6;
}
