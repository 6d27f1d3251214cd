using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>The code of a frame applied to the act it governs, as CAMEO's codebook pairs them.</summary>
internal readonly record struct FramedCode(string Plover, string Cameo, string? Mode);

/// <summary>
/// Codes "offered to release", "vowed to attack", "refused to withdraw", "urged X to lift sanctions": CAMEO codes an
/// offer or promise of a cooperative act as intent (03x, PLOVER AGREE), of a hostile act as a threat (13x), a refusal
/// as 12x and a demand as 10x, each refined by the act (release → 0353, 1243, 1053).
/// </summary>
internal static class IntentCodes
{
    private static readonly string[] s_hostile = ["ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "THREATEN"];

    public static bool IsHostile(string plover) => Array.IndexOf(s_hostile, plover) >= 0;

    /// <summary>
    /// The code for a frame row over an act. An appeal ("urged", "called on": CAMEO 02) asks for the act as a demand
    /// ("demanded", "must": 10) does, and CAMEO numbers the two alike (1053 ↔ 0253, 106 ↔ 026).
    /// </summary>
    public static FramedCode Apply(EventPattern frame, EventPattern act)
    {
        // Troops offered ("offered to send troops to Macedonia") are offered protection, CAMEO 0334; troops vowed are a threat.
        if (frame.Id.StartsWith("frame.offer.", StringComparison.Ordinal) && act.Plover == "MOBILIZE" && act.Mode == "troops")
            return new("AGREE", "0334", null);
        // "agreed to hold annual naval exercises": exercises agreed to are held with the partner that agreed, an intent to
        // cooperate militarily (0312), not a show of force vowed against someone (a vow or a threat of drills stays 138).
        if (frame.Id.StartsWith("frame.agree.", StringComparison.Ordinal) && act.Id.StartsWith("mobilize.exercises", StringComparison.Ordinal))
            return new("AGREE", "0312", null);
        // "agreed to step down", "agreed to hold new elections": agreeing to a change of leader or a reform is acceding to
        // it, the codebook's 083x ("accede to demands for change in leadership"), not an offer of it; other concessions agreed
        // to ("agreed to release the hostages") stay the intent the codebook's 03 ("offer, promise, agree to") names, 035x.
        // PLOVER keeps the agreement (AGREE): the concession is not yet made.
        if (frame.Id.StartsWith("frame.agree.", StringComparison.Ordinal) && IsYield(act.Cameo))
            return new("AGREE", act.Cameo, null);
        // roots65: "agreed to deploy a joint grouping of troops", "agreed to step up their security cooperation": force agreed to
        // between partners is military cooperation intended (0312), not a show of force vowed against someone; "agreed to set up
        // an office to fight crime", "agreed to pause offensive actions": other violence named in what is agreed is no threat
        // (030). Gold codes none of the read sets' agreements to a hostile act as a threat (13x).
        if (frame.Id.StartsWith("frame.agree.", StringComparison.Ordinal) && act.Plover is "MOBILIZE" or "ASSAULT")
            return new("AGREE", act.Plover == "MOBILIZE" ? "0312" : "030", null);
        // "the court ordered police to detain the editor", "ordered the guards to ban the march": one with the power to order a
        // coercive act imposes it, as coders code it (173, 172); other orders, a sanction ordered of another state among them
        // ("ordered Russia to withdraw its diplomats"), stay demands (10x).
        if (frame.Id.StartsWith("frame.order.", StringComparison.Ordinal) && act.Plover == "COERCE")
            return new(act.Plover, act.Cameo, act.Mode);
        // "insisted that its missiles pose no threat", "warned that the plan is a danger": a statement (CAMEO 01) or a
        // judgement stated in the frame's clause is the speaker's own statement, not something asked, offered or threatened.
        if (act.Cameo.StartsWith("01", StringComparison.Ordinal) || act.Source == SourceSlot.Speaker && act.Plover is "ACCUSE" or "REJECT")
            return new(act.Plover, act.Cameo, act.Mode);
        // "decided to lift the freeze on aid", "its decision to suspend talks": a decision taken is the act it decides, as coders
        // code it (CAMEO has no code for deciding), not an intent to act.
        if (frame.Id.StartsWith("frame.decide.", StringComparison.Ordinal) || frame.Id.StartsWith("frame.decision.", StringComparison.Ordinal))
            return new(act.Plover, act.Cameo, act.Mode);
        var code = Apply(frame.Plover, act);
        return frame.Plover == "REQUEST" && frame.Cameo.StartsWith("02", StringComparison.Ordinal) && code.Cameo.StartsWith("10", StringComparison.Ordinal)
            ? code with { Cameo = "02" + code.Cameo[2..] } : code;
    }

    /// <summary>
    /// The code for a frame trigger over the act it governs in the text: as <see cref="Apply(EventPattern, EventPattern)"/>,
    /// but "urged his followers to demonstrate", "called on voters to reject the charter": an appeal to others to protest or
    /// to reject rallies them against the one protested or rejected, the codebook's 113 ("rally opposition against"), not a
    /// plain appeal (020); PLOVER keeps the request. Asking them "not to" protest ("urged people not to take to the streets")
    /// asks for restraint and stays an appeal, and a call "for" protests (frame.call-for) names no one rallied and stays too.
    /// </summary>
    public static FramedCode Apply(Document document, TriggerMatch frame, TriggerMatch act) =>
        RalliesAgainst(frame.Pattern, act.Pattern) && !NegatedBetween(document, frame.EndToken, act.FirstToken)
            ? new("REQUEST", "113", "rally")
            : RestoresRelations(document, frame.Pattern, act) ? new("AGREE", "054", null)
            : Apply(frame.Pattern, act.Pattern);

    /// <summary>Verbs that bring broken relations back, not ones that deepen working ones ("agreed to deepen ties" stays 032).</summary>
    private static readonly FrozenSet<string> s_restore = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "restore", "restoring", "normalize", "normalizing", "normalise", "normalising", "re-establish", "reestablish", "resume", "resuming");

    /// <summary>
    /// roots65: "agreed to restore diplomatic relations", "agreed in August to restore relations": two states that agree to
    /// restore relations restore them, the codebook's 054 (normalize relations), as coders code it (root 05 in all five read
    /// cases), not an intent to cooperate (032); "pledged to restore ties" stays the intent.
    /// </summary>
    private static bool RestoresRelations(Document document, EventPattern frame, TriggerMatch act) =>
        frame.Id.StartsWith("frame.agree.", StringComparison.Ordinal) && act.Pattern.Id.StartsWith("support.ties.", StringComparison.Ordinal)
        && s_restore.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[act.FirstToken].Range));

    /// <summary>"not" or "never" between the appeal and its act ("urged them not to march").</summary>
    private static bool NegatedBetween(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (document.Slice(document.Tokens[t].Range) is "not" or "never" or "Not")
                return true;
        return false;
    }

    /// <summary>An appeal addressed to someone ("urged X to", "called on X to") whose act is a protest or a rejection.</summary>
    private static bool RalliesAgainst(EventPattern frame, EventPattern act) =>
        (frame.Id.StartsWith("frame.urge.", StringComparison.Ordinal) || frame.Id.StartsWith("frame.call-on.", StringComparison.Ordinal))
        && (act.Plover == "PROTEST" && act.Cameo.StartsWith("14", StringComparison.Ordinal) || act.Plover == "REJECT" && act.Cameo.StartsWith("12", StringComparison.Ordinal));

    /// <summary>An accession CAMEO codes as yielding when agreed to: a reform or a change of leader (083x).</summary>
    private static bool IsYield(string cameo) => cameo.StartsWith("083", StringComparison.Ordinal);

    /// <summary>
    /// The code of a modal statement over an act ("said it would quit the treaty if Europe reimposed sanctions"): as
    /// <see cref="Apply(string, EventPattern)"/>, but a refusal or walk-out announced on a condition laid on the other side
    /// threatens it (13x), as a hostile act does; <see cref="Complements.ModalIntent"/> gives a refusal the AGREE frame only then.
    /// </summary>
    public static FramedCode OfModal(string frame, EventPattern act) =>
        frame == "AGREE" && act.Plover == "REJECT" ? Threat(act.Cameo) : Apply(frame, act);

    /// <summary>The code for a frame of type <paramref name="frame"/> ("AGREE" for offers and vows) over an act.</summary>
    public static FramedCode Apply(string frame, EventPattern act)
    {
        var cameo = act.Cameo;
        var hostile = IsHostile(act.Plover);
        return frame switch
        {
            Complements.Foretold => new(act.Plover, cameo, act.Mode),
            Complements.Scheduled => new("AGREE", cameo, null),
            "AGREE" when hostile => Threat(cameo),
            "AGREE" => new("AGREE", Of(cameo).Intent, null),
            "MOBILIZE" when hostile => new("MOBILIZE", "150", null),
            "MOBILIZE" => new("AGREE", Of(cameo).Intent, null),
            "THREATEN" => hostile ? Threat(cameo) : new("THREATEN", "131", null),
            "REJECT" when hostile => new("REJECT", "120", null),
            "REJECT" => new("REJECT", Of(cameo).Refusal, null),
            "REQUEST" => new("REQUEST", Of(cameo).Demand, act.Plover is "CONSULT" ? "meet" : null),
            // "Kabul has failed to rein in the militants", said by Islamabad: the speaker faults the one who failed (111), whatever the act.
            "ACCUSE" => new("ACCUSE", "111", "disapprove"),
            _ => new(frame, "0" + cameo[..Math.Min(2, cameo.Length)], null),
        };
    }

    private static FramedCode Threat(string act) => act switch
    {
        _ when act.StartsWith("19", StringComparison.Ordinal) || act.StartsWith("18", StringComparison.Ordinal) || act.StartsWith("20", StringComparison.Ordinal) => new("THREATEN", "138", "violence"),
        _ when act.StartsWith("15", StringComparison.Ordinal) => new("THREATEN", "138", "violence"),
        _ when act.StartsWith("14", StringComparison.Ordinal) => new("THREATEN", "133", "relations"),
        "1723" => new("THREATEN", "1323", "restrict"),
        "1724" => new("THREATEN", "1324", "restrict"),
        _ when act.StartsWith("17", StringComparison.Ordinal) => new("THREATEN", "132", "ban"),
        "161" => new("THREATEN", "1313", "relations"),
        "162" => new("THREATEN", "1311", "relations"),
        "164" => new("THREATEN", "134", "relations"),
        _ when act.StartsWith("166", StringComparison.Ordinal) => new("THREATEN", "136", "expel"),
        _ when act.StartsWith("16", StringComparison.Ordinal) => new("THREATEN", "1312", "restrict"),
        _ => new("THREATEN", "130", null),
    };

    /// <summary>
    /// What an offer (03x), a refusal (12x) and a demand (10x) of an act are coded as, by the act's CAMEO code: the
    /// first row whose codes hold the act, or whose prefix starts it, wins; acts no row names get the last row.
    /// </summary>
    private static readonly ActCodes[] s_acts =
    [
        new(["0841", "0842"], null, Intent: "0353", Refusal: "1243", Demand: "1053"),
        new(["085"], null, "0354", "1244", "1054"),
        new(["081", "0811", "0812"], null, "0351", "124", "1051"),
        new(["086", "0861", "0862", "0863"], null, "0355", "1245", "1055"),
        new(["087", "0871", "0872", "0873", "0874"], null, "0356", "1246", "1056"),
        new(["0831"], null, "0341", "1231", "1041"),
        new([], "08", "035", "124", "105"),
        new(["071"], null, "0331", "122", "103"),
        new(["072"], null, "0332", "122", "103"),
        new(["073", "075"], null, "0333", "122", "103"),
        new(["074"], null, "0334", "122", "103"),
        new([], "07", "033", "122", "103"),
        // Material cooperation by kind, as the codebook numbers it: economic 0311/1211/1011, military 0312/1212/1012,
        // judicial 0313/121/1013, intelligence 0314/121/1014 (the codebook has no 1213 or 1214).
        new(["061"], null, "0311", "1211", "1011"),
        new(["062"], null, "0312", "1212", "1012"),
        new(["063"], null, "0313", "121", "1013"),
        new(["064"], null, "0314", "121", "1014"),
        new([], "06", "031", "121", "101"),
        new(["045"], null, "039", "126", "108"),
        new([], "04", "036", "125", "106"),
        // An agreement reached or signed (057): refusing or failing to reach it rejects a settlement (127), urging it appeals for one (027).
        new(["057"], null, "030", "127", "107"),
        new([], "05", "032", "120", "100"),
        new([], "03", "030", "127", "107"),
        new([], "", "030", "120", "100"),
    ];

    private static ActCodes Of(string act)
    {
        foreach (var row in s_acts)
            if (row.Prefix is { } prefix ? act.StartsWith(prefix, StringComparison.Ordinal) : Array.IndexOf(row.Codes, act) >= 0)
                return row;
        return s_acts[^1];
    }

    private sealed record ActCodes(string[] Codes, string? Prefix, string Intent, string Refusal, string Demand);
}
