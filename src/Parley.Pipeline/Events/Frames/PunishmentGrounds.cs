using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Why someone was punished, blamed or praised: "arrested the students for <b>attacking</b> a police station", "sanctioned the
/// general over his <b>attacks</b> on shipping", "praised the president for <b>accepting</b> the result", "thanked the mediators
/// for their <b>support</b>". The grounds are what the act is about, not a second event the sentence reports (the read gold sets
/// code the act inside a praise, thanks, blame or punishment "for" a deed in 1 of 78 sentences).
/// </summary>
internal static class PunishmentGrounds
{
    /// <summary>How far after the punishment its grounds may start: "ordered the detention of the governor and two deputies for defying".</summary>
    private const int Reach = 8;

    /// <summary>A verb of praise or thanks (051: "praised", "commended", "thanked"), whose grounds follow "for" as a punishment's do.</summary>
    public static bool Praise(TriggerMatch t) => t.Pattern is { Plover: "SUPPORT", Cameo: "051", Kind: TriggerKind.Verb };

    /// <summary>
    /// True when <paramref name="next"/> is the grounds of the punishment or reproach <paramref name="t"/>: a gerund or a
    /// possessed act after "for" or "over", in the same clause ("ordered the detention of the governor and two deputies for defying").
    /// </summary>
    public static bool Follow(Document document, TriggerMatch t, TriggerMatch next)
    {
        var at = next.FirstToken;
        if (at - t.EndToken > Reach || at - 1 < t.EndToken || next.Pattern.Kind == TriggerKind.Frame)
            return false;
        var before = document.Slice(document.Tokens[at - 1].Range);
        var marker = before is "his" or "her" or "its" or "their" ? at - 2 : at - 1;
        if (marker < t.EndToken || document.Slice(document.Tokens[marker].Range) is not ("for" or "over"))
            return false;
        if (marker == at - 1 && !document.Slice(document.Tokens[at].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return false;
        for (var k = t.EndToken; k < marker; k++)
            if (document.Tokens[k].Is(TokenShape.Punctuation) || document.Slice(document.Tokens[k].Range) is "but" or "while" or "who" or "which" or "that")
                return false;
        return true;
    }
}
