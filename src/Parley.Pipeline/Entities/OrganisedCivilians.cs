namespace Parley.Pipeline.Entities;

/// <summary>
/// "Indigenous groups blocked highways", "the labor federation called a strike": civilians organised in a body act as one, like
/// a public (see <c>Agent</c> in PlacedAgents.cs), unlike civilians named by a class they merely belong to ("consumers").
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>
    /// "Indigenous groups blocked highways", "the farmers' federation called a strike": civilians organised in a body (a group,
    /// federation, confederation, movement or council of them) act as one, like a public: with no place of their own they act
    /// where the story is.
    /// </summary>
    private static bool OrganisedCivilians(ReadOnlySpan<char> phrase)
    {
        var space = phrase.LastIndexOf(' ');
        return space > 0 && phrase[(space + 1)..] is "group" or "groups" or "federation" or "federations" or "confederation" or "confederations"
            or "movement" or "movements" or "council" or "councils";
    }
}
