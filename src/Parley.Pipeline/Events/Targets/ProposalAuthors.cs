using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// "ELN guerrillas agreed to a government proposal to free hostages", "the union agreed to the army's plan": agreeing to a
/// proposal, a plan or an offer is agreeing with the one who made it, named by what it is right before the proposal noun.
/// </summary>
internal static class ProposalAuthors
{
    /// <summary>How far after the trigger's first word the "to" may stand ("agreed on Thursday to").</summary>
    private const int Reach = 4;

    /// <summary>The token where the proposer's phrase starts ("a government proposal": "a"); null when the agreement is to no proposal.</summary>
    public static int? Start(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var end = Math.Min(sentence.EndToken, trigger.FirstToken + 1 + Reach);
        for (var t = trigger.FirstToken + 1; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "to")
                return t + 1;
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
        }
        return null;
    }

    /// <summary>Whether the proposer's phrase is followed at once by a noun of proposing ("government | proposal").</summary>
    public static bool Proposal(Document document, int afterHead, int end) =>
        afterHead < end && document.Slice(document.Tokens[afterHead].Range) is "proposal" or "proposals" or "plan" or "offer" or "initiative" or "terms";
}
