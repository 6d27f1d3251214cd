using System.Collections.Frozen;

namespace Parley.Pipeline.Events;

/// <summary>
/// The family of the finisher or fallback that filled a side, read from the part of an event's rule id after <c>+</c>
/// (docs/OUTPUT.md lists the suffixes), for the learned confidence (<see cref="EvidenceFacts"/>): a few families that hold
/// for any rule instead of the raw suffixes, so that a suffix seen on few events still weighs with its kind. For
/// <c>accuse.blame.v2+target.counterpart</c> the target came from the <c>discourse</c> (the partner of the story's
/// latest dealing); for <c>+target.self</c> from the <c>home-side</c> convention; <c>+sides.quote</c> fills both sides by
/// <c>coreference</c>. A side with no such suffix was read from the clause (<c>clause</c>); a suffix that names a rule
/// (a frame over its act, <c>request.urge.v1+retreat.withdraw-troops.v1</c>) or <c>act.conjoined</c> marks an event built
/// from two readings (<c>built=compound</c>).
/// </summary>
public static class FinisherFamilies
{
    private static readonly FrozenDictionary<string, string> s_families = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // carried over from earlier sentences of the story: its counterpart, dyad, latest violence or dealing
        ["counterpart"] = "discourse", ["story"] = "discourse", ["story-protest"] = "discourse", ["dyad"] = "discourse",
        ["fighting"] = "discourse", ["rupture"] = "discourse", ["closure"] = "discourse", ["aided"] = "discourse",
        ["mediated"] = "discourse", ["accord"] = "discourse", ["ensuing"] = "discourse", ["fallen"] = "discourse",
        ["sides"] = "discourse", ["each"] = "discourse", ["adjunct"] = "discourse", ["means"] = "discourse", ["foe"] = "discourse",
        ["partner"] = "discourse", ["border"] = "discourse", ["crisis"] = "discourse", ["stricken"] = "discourse",
        // a word standing for someone named elsewhere: a pronoun, a quote's "we", a shared subject, the sayer
        ["pronoun"] = "coreference", ["uncoded"] = "coreference", ["quote"] = "coreference", ["told"] = "coreference",
        ["sayer"] = "coreference", ["conjunct"] = "coreference", ["adjoined"] = "coreference", ["teller"] = "coreference",
        ["each-other"] = "coreference", ["victims"] = "coreference", ["conjoined"] = "coreference", ["selfnamed"] = "coreference",
        ["name"] = "coreference", ["learned"] = "coreference",
        // an owner read from a possessive or a qualifier: "its power grid", "Ghana's army", "Sudan-based rebels"
        ["possessor"] = "possessive", ["forces-owner"] = "possessive", ["holdings"] = "possessive", ["based"] = "possessive",
        ["region"] = "possessive", ["capital"] = "possessive", ["body"] = "possessive", ["mission"] = "possessive",
        ["listed"] = "possessive", ["bound"] = "possessive",
        // the domestic convention: the side's own country, state or government
        ["self"] = "home-side", ["home-side"] = "home-side", ["home"] = "home-side", ["domestic"] = "home-side",
        ["territory"] = "home-side", ["state"] = "home-side", ["own"] = "home-side", ["street"] = "home-side",
        ["rulers"] = "home-side", ["institution"] = "home-side", ["inquiry"] = "home-side", ["settlement"] = "home-side",
        ["not-own"] = "home-side", ["office"] = "home-side", ["jurisdiction"] = "home-side", ["government"] = "home-side",
        ["ruler"] = "home-side",
        // the other party of a reply: whom a denial, verdict or concession answers
        ["accuser"] = "accuser", ["pressure"] = "accuser", ["condition"] = "accuser", ["author"] = "accuser",
        ["proposer"] = "accuser", ["judged"] = "accuser", ["deed"] = "accuser", ["verdict"] = "accuser",
        ["provoker"] = "accuser", ["left"] = "accuser",
        // a place or a scene standing for a side
        ["location"] = "place", ["place"] = "place", ["scene"] = "place", ["unnamed"] = "place", ["embassy"] = "place",
        ["purpose"] = "place", ["served"] = "place", ["held"] = "place", ["people"] = "place", ["weapon"] = "place",
        // another reading of the clause's own words: its object, complement or by-phrase
        ["addressed"] = "object", ["charged"] = "object", ["sued"] = "object", ["let"] = "object", ["other"] = "object",
        ["menaced"] = "object", ["holder"] = "object", ["recipient"] = "object", ["beneficiary"] = "object", ["talks"] = "object",
        ["host"] = "object", ["trigger"] = "object", ["affair"] = "object", ["sanctioned"] = "object", ["world"] = "object",
        ["struck"] = "object", ["victim"] = "object", ["bloc"] = "object",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_families.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The family of a finisher's name ("counterpart" -> "discourse"); "other" for a name not listed.</summary>
    public static string Of(ReadOnlySpan<char> name) => s_lookup.TryGetValue(name, out var family) ? family : "other";

    /// <summary>
    /// Hands <c>source-by=</c>, <c>target-by=</c> (the family of the finisher of each side present, <c>clause</c> when
    /// none) and <c>built=compound</c> to <paramref name="sink"/>, from the suffixes of <paramref name="rule"/>.
    /// </summary>
    public static void Visit<TSink>(ReadOnlySpan<char> rule, bool source, bool target, ref TSink sink) where TSink : IFeatureSink, allows ref struct
    {
        var plus = rule.IndexOf('+');
        bool bySource = false, byTarget = false, compound = false;
        if (plus >= 0)
            foreach (var range in rule[(plus + 1)..].Split('+'))
            {
                var suffix = rule[(plus + 1)..][range];
                var dot = suffix.IndexOf('.');
                if (dot <= 0)
                    continue;
                var side = suffix[..dot];
                var name = suffix[(dot + 1)..];
                if (side is "source" or "sides" && source)
                {
                    sink.Add("source-by=", Of(name));
                    bySource = true;
                }
                if (side is "target" or "sides" && target)
                {
                    sink.Add("target-by=", Of(name));
                    byTarget = true;
                }
                if (side is not ("source" or "target" or "sides"))
                    compound = true;
            }
        if (source && !bySource)
            sink.Add("source-by=", "clause");
        if (target && !byTarget)
            sink.Add("target-by=", "clause");
        if (compound)
            sink.Add("built=", "compound");
    }
}
