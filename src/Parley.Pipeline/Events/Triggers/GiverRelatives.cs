using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "a step that drew a sharp rebuke from Beijing", "a choice of words that drew fierce criticism from the opposition", "a
/// plan which received funding from the bank": a past verb after a relative "that"/"which" that hangs on a common noun is the
/// relative clause's verb, not a noun after the determiner "that". <see cref="VerbUse.IsVerb"/> takes such a verb for a verb
/// only where the noun is a named actor (<see cref="RelativeSubjects.RelativeVerb"/>), since the clause's subject is then an
/// actor; a row whose source is its giver ("from X", <see cref="SourceSlot.Giver"/>) needs no subject, so the verb is read
/// there after any common noun. The row's own words (a verb of drawing or receiving and its object noun) keep "that"
/// before a participle that describes a noun ("that renewed push") out of reach.
/// </summary>
internal static class GiverRelatives
{
    public static bool Verb(Document document, TriggerMatch trigger, int sentenceStart)
    {
        var token = trigger.FirstToken;
        if (trigger.Pattern.Source != SourceSlot.Giver || trigger.Pattern.Kind != TriggerKind.Verb || token < sentenceStart + 2
            || document.Slice(document.Tokens[token - 1].Range) is not ("that" or "which"))
            return false;
        var word = document.Slice(document.Tokens[token].Range);
        if (!Inflections.IsPastForm(word))
            return false;
        // the noun the clause hangs on: "a step that", "a choice of words that" (not "said that", "so that")
        return PosTags.IsCommonNoun(document.TagAt(token - 2));
    }
}
