using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// The domestic-target convention (docs/evaluation-cameo.md, "The domestic-target convention"): an act whose sentence names
/// no other side, done by a body of a country below its state (an opposition, a party, a court, a legislature, the police,
/// a union, its people) is aimed at that country: "the opposition leader telephoned the president-elect", "hundreds of
/// students marched through the capital", "the union condemned the new tax" (X -> X, its government for words and protests,
/// its people for coercion and violence). A state's own coercion is aimed at its own people too ("the ministry imposed a
/// curfew"), and so is a rebel group's violence ("rebels ambushed a convoy": its forces).
/// </summary>
/// <remarks>
/// Read from the 49 read sets' gold: for these sources and roots the coders give the source's own country as the target far
/// more often than another country, and almost never leave it empty. The roots where gold leaves the target empty or names
/// another side as often (public statements 01, cooperation and aid 06-07, shows of force 15, cuts in relations 16,
/// deportation 174) and a state's other acts (its diplomacy, answered abroad) are left alone; so are passives, whose subject
/// is acted on, and a rebel group's violence in a sentence that names a country or place abroad ("attacks in Kenya"). Only an
/// empty target is filled: a side lent from the story is kept (replacing it for bodies at home gained about 4 found events on the
/// read sets but turned three VOA acts of a legislature on a foreign affair home). Round 60's <see cref="OwnStateTargets"/>
/// still empties own-state targets of border-crossing acts. Session 30: no home side for an act the coder already doubts
/// (<see cref="Doubt"/>) nor for a court's or the public's intent or concession, and violence in a sentence that names unarmed
/// people ("a bus with forty passengers") befalls the civilians, not the forces.
/// </remarks>
internal static class DomesticSides
{
    /// <summary>
    /// How sure the coder already is of the act before it is placed: an act it doubts (not asserted, of low hand-set confidence,
    /// or with a source lent from the story) gets no second guess of its target.
    /// </summary>
    /// <param name="Factuality">The act's factuality.</param>
    /// <param name="Confidence">Its hand-set confidence before this finisher.</param>
    /// <param name="Rule">Its rule so far, with the source finishers' suffixes.</param>
    internal readonly record struct Doubt(Factuality Factuality, double Confidence, string Rule)
    {
        /// <summary>
        /// Below this hand-set confidence the act is doubtful: a bare noun read as an attack and marked down twice ("an
        /// election marred by rebel attacks", "in overnight raids").
        /// </summary>
        public const double Floor = 0.55;

        /// <summary>Source finishers that lend a side from the story rather than the sentence ("the protests began": the story country's protesters).</summary>
        private static readonly string[] LentSources = ["+source.story", "+source.learned", "+source.state"];

        /// <summary>Whether the act is too doubtful to be placed at home.</summary>
        public bool Doubtful()
        {
            if (Factuality != Factuality.Asserted || Math.Round(Confidence, 2) < Floor)
                return true;
            foreach (var lent in LentSources)
                if (Rule.Contains(lent, StringComparison.Ordinal))
                    return true;
            return false;
        }
    }

    /// <summary>
    /// The sector the convention gives the home side of a <paramref name="cameo"/> act by a source of <paramref name="sector"/>,
    /// or "" for the country with no sector; null when the convention does not place the act at home.
    /// </summary>
    internal static string? Convention(string cameo, string? sector)
    {
        if (cameo.Length < 2 || cameo.StartsWith("174", StringComparison.Ordinal))
            return null;
        var root = cameo[..2];
        if (root is "01" or "06" or "07" or "15" or "16")
            return null;
        if (Sectors.ActsAtHome(sector))
            return root is "17" or "18" ? "CVL" : root is "19" or "20" ? "" : "GOV";
        if (sector is "REB")
            return root is "17" or "18" ? "CVL" : root is "19" or "20" ? "MIL" : null;
        // a state (or its government or forces): only its coercion lands at home by what it is
        return sector is null or "GOV" or "MIL" && root == "17" ? "CVL" : null;
    }

    /// <summary>
    /// The source's own country as the target of an act whose target is still empty, by the convention; null when it does not
    /// apply (a source of no single country and sector, an IGO, NGO or company, a passive, a rebel act in a sentence naming abroad,
    /// an appeal for a thing, an act the coder doubts).
    /// </summary>
    /// <param name="act">The act a frame governs ("urged | a swift inquiry"), if any.</param>
    /// <param name="doubt">How sure the coder already is of the act (<see cref="Doubt"/>).</param>
    public static EventActor? Of(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch trigger, TriggerMatch? act, string cameo, List<EventActor> source, Doubt doubt)
    {
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } home || home is "IGO" or "NGO" or "MNC" or "IMG" or "---"
            || !source.TrueForAll(a => a.Code.Country == home && a.Code.Sector == source[0].Code.Sector)
            || doubt.Doubtful()
            || Convention(cameo, source[0].Code.Sector) is not { } sector || Undergoers.IsPassive(document, trigger)
            || source[0].Code.Sector == "REB" && SelfDirectedActs.NamesAbroad(document, sentence, home)
            // "urged a full and independent inquiry": an appeal for a thing asks no one named (as for +target.self)
            || cameo.StartsWith("02", StringComparison.Ordinal) && (SelfDirectedActs.AsksForThing(document, sentence, trigger) || act is { } governed && SelfDirectedActs.AsksForThing(document, sentence, governed))
            || !kb.Countries.TryGetValue(home, out var state))
            return null;
        // "the gunmen stormed the train and its passengers": violence that names unarmed people befalls them, not the forces
        // (not for the state's own police, courts or legislature: "police killed 26 gunmen and detained 3,000 people" is a fight, not repression)
        if (sector is "" or "MIL" && !Sectors.IsState(source[0].Code.Sector) && cameo.Length >= 2 && cameo[..2] is "19" or "20" && NamesUnarmed(document, sentence, source))
            sector = "CVL";
        var actor = SelfDirectedActs.Home(document, sentence, source, home, state.Name);
        return actor with { Code = actor.Code with { Sector = sector.Length == 0 ? null : sector } };
    }

    /// <summary>Whether a word of the sentence outside the source's own phrases names unarmed people (<see cref="FallenSides.IsUnarmed"/>).</summary>
    private static bool NamesUnarmed(Document document, Sentence sentence, List<EventActor> source)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var range = document.Tokens[t].Range;
            if (FallenSides.IsUnarmed(document.Slice(range)) && !source.Exists(a => a.Range.Start <= range.Start && range.End <= a.Range.End))
                return true;
        }
        return false;
    }
}
