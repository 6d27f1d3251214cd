using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Rioters looted shops for a second day after the government raised fuel prices": a protest at home whose sentence
/// goes on to name "the government" (or "the authorities", "the regime") unnamed is aimed at the protesters' own rulers,
/// however far past the trigger they stand.
/// </summary>
internal static class ProtestGovernments
{
    /// <summary>The protesters' own government as the protest's target; null when the sentence names no unnamed ruler after the trigger.</summary>
    public static EventActor? Of(Document document, Sentence sentence, TriggerMatch trigger, string plover, List<EventActor> source)
    {
        // Looting and vandalism by rioters (read as protest only later) answer the rulers too.
        if (plover is not ("PROTEST" or "COERCE") || source.Count == 0 || source[0].Code.Country is not { Length: 3 } country || country is "IGO" or "NGO" or "MNC" or "IMG" or "---"
            || source[0].Code.Sector is null || Sectors.IsStateAgency(source[0].Code.Sector) || Sectors.IsIrregular(source[0].Code.Sector))
            return null;
        for (var t = trigger.EndToken + 1; t < sentence.EndToken; t++)
        {
            // Only "the government": a demonym or a name before it ("the Kenyan government") is the named rules' to read.
            if (document.Slice(document.Tokens[t].Range) is not ("government" or "authorities" or "regime" or "junta")
                || document.Slice(document.Tokens[t - 1].Range) is not ("the" or "The"))
                continue;
            var range = new TextRange(document.Tokens[t - 1].Start, document.Tokens[t].End);
            return new EventActor(range, Jurisdictions.StateEntity(document, country) ?? source[0].Entity, document.TextOf(range), new ActorCode(country, "GOV"), null);
        }
        return null;
    }
}
