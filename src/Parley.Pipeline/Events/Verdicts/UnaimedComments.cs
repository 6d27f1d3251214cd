namespace Parley.Pipeline.Events;

/// <summary>
/// "hoped the truce would hold", "expressed concern about rising tensions", "is optimistic that trade will recover": a comment
/// (CAMEO 010, 012, 013) that names no one it is about is a view of how things stand or will go, not an act of one side towards
/// another. CAMEO's events are dyadic, so such a comment is no event (reason <c>no-target</c>). A comment about a named side
/// ("voiced optimism about Kenya's reforms") keeps that side as its target and stays coded.
/// </summary>
internal static class UnaimedComments
{
    /// <summary>Whether <paramref name="cameo"/> is a bare comment code and <paramref name="targets"/> names no one.</summary>
    public static bool Unaimed(string cameo, int targets) =>
        targets == 0 && cameo is "010" or "012" or "013";
}
