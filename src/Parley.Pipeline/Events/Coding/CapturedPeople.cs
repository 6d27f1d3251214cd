using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Soldiers captured the cartel leader in a dawn raid", "the fugitive colonel was recaptured two days later": capturing a
/// person is not seizing territory (192, as <c>assault.invade</c> codes capturing a town). A state's forces or officials
/// capturing someone arrest him (CAMEO 173, COERCE arrest); anyone else capturing a person abducts him (181, ASSAULT abduct).
/// Reads the sides already found (every target a person, or a person named right after the verb) and the verb of the row.
/// </summary>
internal static class CapturedPeople
{
    /// <summary>The arrest or abduction a capture of a person is, or null for a capture of a place or of no one named.</summary>
    public static (string Plover, string Cameo, string? Mode)? Recode(Document document, TriggerMatch trigger, string cameo, List<EventActor> source, List<EventActor> target)
    {
        if (cameo != "192" || source.Count == 0 || !trigger.Pattern.Id.StartsWith("assault.invade.", StringComparison.Ordinal))
            return null;
        var verb = document.Slice(document.Tokens[trigger.FirstToken].Range);
        if (!verb.StartsWith("captur", StringComparison.OrdinalIgnoreCase) && !verb.StartsWith("recaptur", StringComparison.OrdinalIgnoreCase))
            return null;
        var people = target.Count > 0 && target.TrueForAll(a => IsPerson(document, a.Entity)) || PersonAfter(document, trigger.EndToken);
        if (!people)
            return null;
        return source.TrueForAll(a => Sectors.IsState(a.Code.Sector) || a.Code.Sector is null && a.Code.Country is { Length: 3 } c && c is not ("IGO" or "NGO" or "MNC" or "---"))
            ? ("COERCE", "173", "arrest")
            : ("ASSAULT", "181", "abduct");
    }

    private static bool IsPerson(Document document, int entity) =>
        entity >= 0 && entity < document.Entities.Length && document.Entities[entity].Type == EntityType.Person;

    /// <summary>"captured Ovidio Lopez, a son of ...": a person's name starts right after the verb.</summary>
    private static bool PersonAfter(Document document, int token)
    {
        if (token >= document.Tokens.Length)
            return false;
        var start = document.Tokens[token].Start;
        foreach (var mention in document.Mentions)
            if (mention.Start == start)
                return IsPerson(document, mention.Entity);
        return false;
    }
}
