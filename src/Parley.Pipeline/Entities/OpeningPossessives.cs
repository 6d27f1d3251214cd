using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Pakistan closed its airspace. Its army said ...": a sentence that opens with "Its" and an agent noun names the agent of
/// the state that opened the sentence before (its subject); when a body or a person opened it, "its" may be theirs.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Codes "Its &lt;agent&gt;" opening the sentence at token <paramref name="its"/>; returns the token after the agent, or <paramref name="its"/>.</summary>
    private int OpeningPossessive(Sentence sentence, int its, bool[] covered)
    {
        if (its != sentence.FirstToken || its + 1 >= sentence.EndToken || document.Slice(document.Tokens[its].Range) is not "Its"
            || covered[its + 1 - sentence.FirstToken] || AgentEnd(sentence, its + 1, covered) is var end && end <= its + 1)
            return its;
        var tokens = document.Tokens;
        if (AgentWordOf(document.Text.AsSpan(tokens[its + 1].Start, tokens[end - 1].End - tokens[its + 1].Start)) is not { Kind: AgentKind.Agent } agent)
            return its;
        if (PreviousSubjectState(sentence) is not { } state)
            return its;
        table.Mention(tokens[its].Start, tokens[end - 1].End, table.Group(agent, state), MentionKind.Agent);
        return end;
    }

    /// <summary>
    /// The state that opens the sentence before: its first named state, body or agent, when that is a state ("Pakistan said the
    /// Indian strikes ..." is Pakistan's); null when the first is a body, a person or none.
    /// </summary>
    private string? PreviousSubjectState(Sentence sentence)
    {
        var index = document.SentenceAt(sentence.Start);
        if (index == 0)
            return null;
        var previous = document.Sentences[index - 1];
        foreach (var m in table.Mentions)
        {
            if (m.End <= previous.Start || m.Kind == MentionKind.Pronoun)
                continue;
            if (m.Start >= previous.End)
                return null;
            var e = table[m.Entity];
            if (e.Actor is null)
                continue;
            return e.Type != EntityType.Person && e.KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal) ? e.Actor.Value.Country : null;
        }
        return null;
    }
}
