using System.Collections.Frozen;
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
    /// deportations (17x) — a court's sentence (CAMEO 116 with PLOVER COERCE: "was sentenced to eight years") and easing
    /// restrictions or releasing people from custody (081x, 0841).
    /// Attacks (plover ASSAULT), destruction of property (1712) and cyber attacks (176) are left out: anyone may do them.
    /// </summary>
    public static bool IsStateOnly(EventPattern pattern)
    {
        var cameo = pattern.Cameo;
        if (pattern.Plover == "ASSAULT" || cameo.StartsWith("1712", StringComparison.Ordinal) || cameo.StartsWith("176", StringComparison.Ordinal))
            return false;
        return cameo.StartsWith("16", StringComparison.Ordinal) || cameo.StartsWith("17", StringComparison.Ordinal)
            || cameo.StartsWith("081", StringComparison.Ordinal) || cameo == "0841" || cameo == "116" && pattern.Plover == "COERCE";
    }

    /// <summary>Where a state holds people: "released from prison", "freed from custody".</summary>
    private static readonly FrozenSet<string> Custody = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "bail", "prison", "jail", "custody", "detention", "gaol", "parole");

    /// <summary>
    /// "were released on bail", "was freed from prison" (round 51): a release from a state's custody, which only the state
    /// grants; a bare "were freed" may be a kidnapper's or a rebel group's release of its captives.
    /// </summary>
    public static bool FromCustody(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Pattern.Cameo != "0841")
            return false;
        var custody = Custody.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = trigger.EndToken; t < Math.Min(sentence.EndToken, trigger.EndToken + 4); t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (custody.Contains(word))
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation) || word is "by")
                return false;
        }
        return false;
    }

    /// <summary>
    /// "was being investigated", "have been questioned over": an inquiry into crime (CAMEO 090, 091) told of a person without
    /// its agent is the police's or the prosecutors', so the state's; inquiries into rights abuses or war crimes (092-094) are
    /// as often a rights group's or a court's.
    /// </summary>
    public static bool IsInquiry(EventPattern pattern) => pattern.Cameo is "090" or "091";

    /// <summary>
    /// "was detained", "have been freed", "..., released on bail": a passive trigger with no by-phrase after it, so the
    /// sentence names no agent ("was arrested by gunmen" names one, coded or not).
    /// </summary>
    public static bool Agentless(Document document, Sentence sentence, TriggerMatch trigger, int clauseStart, int[] undergoer, TokenIndex index)
    {
        if (!Undergoers.IsPassive(document, trigger) && !SubjectPlaces.Passive(document, clauseStart, trigger.FirstToken))
            return false;
        // "no proof tying the farms to Boko Haram has been released": the one freed is the subject, not an actor inside its phrase.
        // "footage of the Sudanese army was released": skip the article or possessive before it.
        var before = index.TokenAt(document.Mentions[undergoer[0]].Start) - 1;
        while (before > sentence.FirstToken && before > clauseStart && document.Slice(document.Tokens[before].Range) is "the" or "a" or "an" or "its" or "their" or "his" or "her")
            before--;
        // "members of parliament from the opposition were detained": people named before the phrase are the ones it befell.
        if (before >= sentence.FirstToken && document.Slice(document.Tokens[before].Range) is "with" or "of" or "for" or "from" or "to" or "against" or "on" or "in" or "about" or "linking" or "between"
            && !PeopleBefore(document, Math.Max(sentence.FirstToken, clauseStart), before))
            return false;
        for (var t = trigger.EndToken; t < Math.Min(sentence.EndToken, trigger.EndToken + 4); t++)
            if (document.Slice(document.Tokens[t].Range) is "by")
                return false;
        return true;
    }

    /// <summary>
    /// Whether a word for people ("members", "leaders", "students") heads the subject's phrase before <paramref name="end"/>;
    /// a "be" between ("those sent there are members of the gang") makes them a predicate, not the subject.
    /// </summary>
    private static bool PeopleBefore(Document document, int from, int end)
    {
        var be = Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = end - 1; t >= from; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (be.Contains(word) || document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
            if (DomesticTargets.SectorOf(word) is not null)
                return t == 0 || !be.Contains(document.Slice(document.Tokens[t - 1].Range));
        }
        return false;
    }

    /// <summary>
    /// The government of the country of <paramref name="scene"/> when named before the subject or after the act, else of the story's country, as an actor
    /// traced to the place or to the state's first mention; null when neither is known or the text never names the state.
    /// </summary>
    public static EventActor? Government(Document document, Sentence sentence, TextRange trigger, int subjectStart, Gazetted? scene, string? home = null)
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
                        return new EventActor(new TextRange(p.Start, p.End), Jurisdictions.StateEntity(document, placed) ?? m.Entity, scene.Name, new ActorCode(placed, "GOV"), null, ActorRole.Place);
            }
        }
        if ((TargetHomes.StoryCountry(document) ?? home) is not { } story || Jurisdictions.StateEntity(document, story) is not { } entity)
            return null;
        foreach (var m in document.Mentions)
            if (m.Entity == entity)
                return new EventActor(new TextRange(m.Start, m.End), entity, document.Entities[entity].Name, new ActorCode(story, "GOV"), null);
        return null;
    }

    /// <summary>
    /// "raids and bans on dozens of her rallies", "a ban on her travel": a nominal state act on a thing of someone's
    /// is aimed at its owner, the possessive's mention in the phrase after the trigger; null when the phrase has none.
    /// </summary>
    public static int? Owner(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (var t = trigger.EndToken; t < sentence.EndToken && t < trigger.EndToken + 8; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
            if (document.Slice(document.Tokens[t].Range) is not ("his" or "her" or "their"))
                continue;
            for (var m = 0; m < document.Mentions.Length; m++)
                if (document.Mentions[m].Start == document.Tokens[t].Start)
                    return m;
            return null;
        }
        return null;
    }

    /// <summary>
    /// "were expelled from their country", "kicked out of his own country": the words after the act that say the people were
    /// sent out of their own country; the range of "country" when they do, else null.
    /// </summary>
    public static TextRange? OutOfOwnCountry(Document document, TriggerMatch trigger, int end)
    {
        for (var t = trigger.EndToken; t + 2 < end && t < trigger.EndToken + 3; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is not ("from" or "of"))
                continue;
            var owner = t + 1;
            if (document.Slice(document.Tokens[owner].Range) is not ("their" or "his" or "her"))
                return null;
            var noun = document.Slice(document.Tokens[owner + 1].Range) is "own" ? owner + 2 : owner + 1;
            return noun < end && document.Slice(document.Tokens[noun].Range) is "country" or "homeland" or "nation" ? document.Tokens[noun].Range : null;
        }
        return null;
    }

    /// <summary>
    /// The government of the country of <paramref name="people"/>, as an actor at <paramref name="range"/>: the state that acts
    /// on its own people, officials among them, when the text names no other; null for people of no state (an organisation,
    /// an unknown country) and for the state or its government itself (a person in government only under <paramref name="act"/>'s coercion).
    /// </summary>
    public static EventActor? Home(Document document, EventActor people, TextRange range, EventPattern? act = null)
    {
        // A state is no people of its own; its officials are, for coercion (17x): "the former defence minister was arrested" by
        // his own state. Sanctions and travel bans on officials (16x, and entry bans coded 172 with PLOVER SANCTION) are as
        // often a foreign state's.
        if (people.Code.Country is not { Length: 3 } country || country is "IGO" or "NGO" or "MNC" or "IMG" or "---" || people.Code.Sector is null
            || people.Code.Sector == "GOV" && !(act is not null && act.Cameo.StartsWith("17", StringComparison.Ordinal) && act.Plover != "SANCTION"
                && document.Entities[people.Entity].Type == EntityType.Person))
            return null;
        // "Afghan refugees returning from Iran were detained": refugees, migrants and travellers are often held abroad.
        var strangers = TargetPhrases.Strangers.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in document.Tokens.AsSpan())
            if (token.Start >= people.Range.Start && token.End <= people.Range.End && strangers.Contains(document.Slice(token.Range)))
                return null;
        return new EventActor(range, Jurisdictions.StateEntity(document, country) ?? people.Entity, document.TextOf(range), new ActorCode(country, "GOV"), null);
    }

    /// <summary>Words for a state's forces, the subject of a deployment.</summary>
    private static readonly FrozenSet<string> Forces = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "troops", "soldiers", "forces", "police", "policemen", "units", "battalions", "reinforcements", "peacekeepers", "warships", "tanks",
        "officers", "guards", "gendarmes", "marines", "paratroopers");

    /// <summary>
    /// "several hundred troops were deployed to the villages", "police have been stationed at the border": a passive
    /// deployment whose subject names forces (between the clause start and the trigger) and no agent after "by".
    /// </summary>
    public static bool ForcesDeployed(Document document, Sentence sentence, TriggerMatch trigger, int clauseStart)
    {
        if (trigger.Pattern.Plover != "MOBILIZE" || !Undergoers.IsPassive(document, trigger))
            return false;
        for (var t = trigger.EndToken; t < Math.Min(sentence.EndToken, trigger.EndToken + 4); t++)
            if (document.Slice(document.Tokens[t].Range) is "by")
                return false;
        var forces = Forces.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = Math.Max(clauseStart, sentence.FirstToken); t < trigger.FirstToken; t++)
            if (forces.Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
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
