namespace Parley.Pipeline.Events;

/// <summary>
/// "France, Spain and Italy commended the voters", "Germany and Canada hailed the ruling", "both parties rallied behind the
/// president": praise, verbal defence and rallying (CAMEO 051, 052, 053) done by several sides together are aimed at a third
/// side, not at each other as a joint signing or a meeting is. Such an act with no target named keeps its sides for the
/// target readings and finishers instead of being read both ways ("praised each other" is still reciprocal: <see cref="EachOther"/>).
/// </summary>
internal static class JointPraise
{
    /// <summary>True for a support code whose joint doers aim it outward: praise, verbal defence, rallying.</summary>
    public static bool IsAimedOutward(string cameo) =>
        cameo.StartsWith("051", StringComparison.Ordinal) || cameo.StartsWith("052", StringComparison.Ordinal) || cameo.StartsWith("053", StringComparison.Ordinal);
}
