using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Acts only a state does, told without their agent ("the activist was released on bail", "two reporters were detained",
/// "the editor has been charged"): CAMEO codes the government of the country where they happen, else of the story's
/// country. Attacks, protests and talks are never read this way: anyone may do them.
/// </summary>
internal static class StateActs
{
    /// <summary>
    /// The acts of a state's police, courts and ministries, by CAMEO root so every trigger of the kind shares the rule:
    /// reducing relations, sanctions, bans, expulsions (16x), coercion — seizures, restrictions, custody, charges,
    /// sentences, deportations (17x) — and easing restrictions or releasing people from custody (081x, 0841).
    /// Attacks (plover ASSAULT), destruction of property (1712) and cyber attacks (176) are left out: anyone may do them.
    /// </summary>
    public static bool IsStateOnly(EventPattern pattern)
    {
        var cameo = pattern.Cameo;
        if (pattern.Plover == "ASSAULT" || cameo.StartsWith("1712", StringComparison.Ordinal) || cameo.StartsWith("176", StringComparison.Ordinal))
            return false;
        return cameo.StartsWith("16", StringComparison.Ordinal) || cameo.StartsWith("17", StringComparison.Ordinal)
            || cameo.StartsWith("081", StringComparison.Ordinal) || cameo == "0841";
    }

    /// <summary>
    /// "was detained", "have been freed", "..., released on bail": a passive trigger with no by-phrase after it, so the
    /// sentence names no agent ("was arrested by gunmen" names one, coded or not).
    /// </summary>
    public static bool Agentless(Document document, Sentence sentence, TriggerMatch trigger, int clauseStart, int[] undergoer, TokenIndex index)
    {
        if (!Undergoers.IsPassive(document, trigger) && !SubjectPlaces.Passive(document, clauseStart, trigger.FirstToken))
            return false;
        // "no evidence linking the camps with al-Shabab has been released": the one freed is the subject, not an actor inside its phrase.
        // "footage of the Sudanese army was released": skip the article or possessive before it.
        var before = index.TokenAt(document.Mentions[undergoer[0]].Start) - 1;
        while (before > sentence.FirstToken && before > clauseStart && document.Slice(document.Tokens[before].Range) is "the" or "a" or "an" or "its" or "their" or "his" or "her")
            before--;
        if (before >= sentence.FirstToken && document.Slice(document.Tokens[before].Range) is "with" or "of" or "for" or "from" or "to" or "against" or "on" or "in" or "about" or "linking" or "between")
            return false;
        for (var t = trigger.EndToken; t < Math.Min(sentence.EndToken, trigger.EndToken + 4); t++)
            if (document.Slice(document.Tokens[t].Range) is "by")
                return false;
        return true;
    }

    /// <summary>
    /// The government of the country of <paramref name="scene"/> when named before the subject or after the act, else of the story's country, as an actor
    /// traced to the place or to the state's first mention; null when neither is known or the text never names the state.
    /// </summary>
    public static EventActor? Government(Document document, Sentence sentence, TextRange trigger, int subjectStart, Gazetted? scene)
    {
        if (scene is { Country: { Length: 3 } placed } && placed != "---")
        {
            // "In Tehran, two activists were freed", "was detained in Minsk": before the one it befell or after the act;
            // "migrants sent to Guantanamo have been charged": a place inside the subject's phrase is not where the act happened.
            foreach (var p in document.Places)
            {
                if (p.Start < sentence.Start || p.End > sentence.End || p.Where != scene || p.Start < trigger.Start && p.End > subjectStart)
                    continue;
                foreach (var m in document.Mentions)
                    if (m.Start <= p.Start && m.End >= p.End)
                        return new EventActor(new TextRange(p.Start, p.End), Jurisdictions.StateEntity(document, placed) ?? m.Entity, scene.Name, new ActorCode(placed, "GOV"), null);
            }
        }
        if (TargetHomes.StoryCountry(document) is not { } story || Jurisdictions.StateEntity(document, story) is not { } entity)
            return null;
        foreach (var m in document.Mentions)
            if (m.Entity == entity)
                return new EventActor(new TextRange(m.Start, m.End), entity, document.Entities[entity].Name, new ActorCode(story, "GOV"), null);
        return null;
    }

    /// <summary>
    /// "ordered its troops to seal the border", "instructed the police to free the detainees": an order to one's own forces
    /// is the act itself, done by the one who gave it (CAMEO codes the sealing, not a demand). Only a bare forces noun,
    /// perhaps after "its", "the" or "his", stands between the order and the act; a named or foreign addressee
    /// ("ordered Syria to withdraw", "ordered Lebanese troops to ...") keeps the order a demand.
    /// </summary>
    public static bool OrderToOwnForces(Document document, TriggerMatch order, TriggerMatch act)
    {
        if (document.Slice(document.Tokens[order.FirstToken].Range) is not ("ordered" or "orders" or "order" or "instructed" or "instructs" or "directed" or "commanded")
            || act.FirstToken - order.EndToken is < 2 or > 5 || document.Slice(document.Tokens[act.FirstToken - 1].Range) is not "to")
            return false;
        var forces = false;
        for (var t = order.EndToken; t < act.FirstToken - 1; t++)
        {
            var token = document.Tokens[t];
            var word = document.Slice(token.Range);
            if (token.Is(TokenShape.Capitalized) || !token.Is(TokenShape.Word))
                return false;
            if (word is "its" or "the" or "his" or "her" or "their" or "security" or "riot" or "armed" or "own" or "air" or "border")
                continue;
            if (word is not ("troops" or "army" or "military" or "police" or "policemen" or "soldiers" or "forces" or "navy" or "force" or "guards" or "units" or "commanders" or "officers"))
                return false;
            forces = true;
        }
        return forces;
    }
}
