using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Putin welcomed the Brazilian president to the Kremlin": welcoming a person, named right after the verb, receives a
/// guest, which CAMEO codes as hosting a visit (CONSULT 043), not as praise (051). Welcoming a thing ("welcomed the
/// decision") or what a person did or said ("welcomed Lula's offer": an owner's "'s" follows the name) stays praise.
/// </summary>
internal static class WelcomedGuests
{
    /// <summary>How many words may stand between "welcomed" and the guest's mention ("welcomed visiting Kenyan President ...").</summary>
    private const int Reach = 4;

    public static bool Hosts(Document document, TriggerMatch trigger, string cameo, List<EventActor> target)
    {
        if (cameo != "051" || trigger.EndToken - trigger.FirstToken != 1 || target.Count == 0
            || !document.Slice(document.Tokens[trigger.FirstToken].Range).StartsWith("welcom", StringComparison.OrdinalIgnoreCase))
            return false;
        var guest = target[0];
        if (guest.Entity < 0 || guest.Entity >= document.Entities.Length || document.Entities[guest.Entity].Type != EntityType.Person)
            return false;
        var tokens = document.Tokens;
        var after = trigger.EndToken;
        if (after >= tokens.Length || guest.Range.Start < tokens[after].Start)
            return false;
        // only title words, nationalities and names between the verb and the guest: "welcomed the decision of President X" is no guest
        for (var t = after; t < tokens.Length && tokens[t].Start < guest.Range.Start; t++)
            if (t - after >= Reach || !tokens[t].Is(TokenShape.Capitalized) && document.Slice(tokens[t].Range) is not ("the" or "visiting"))
                return false;
        var rest = document.Text.AsSpan(guest.Range.End);
        return !(rest.StartsWith("'", StringComparison.Ordinal) || rest.StartsWith("’", StringComparison.Ordinal));
    }
}
