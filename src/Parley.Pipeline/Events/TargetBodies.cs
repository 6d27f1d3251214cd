using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "appealed to the Paris Club", "talks in the Minsk Group", "the Astana process": a city's or a state's name before a word
/// for a body of several states names that body, an international one (CAMEO's IGO), not the state the name stands for.
/// </summary>
internal static class TargetBodies
{
    /// <summary>Capitalised words after a place's name that make it the name of a body of several states.</summary>
    private static readonly FrozenSet<string> Bodies = FrozenSet.Create(StringComparer.Ordinal,
        "Club", "Group", "Forum", "Process", "Format", "Quartet", "Quintet", "Conference", "Initiative", "Consensus", "Contact");

    /// <summary>Whether a name of two words or more ends in a word for a body of several states ("Astana Process").</summary>
    public static bool EndsInBody(ReadOnlySpan<char> name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && Bodies.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name[(space + 1)..]);
    }

    /// <summary>
    /// The body the actor's name is or begins ("the Paris Club", "Paris" before "Club"), as an IGO actor; null when its name ends
    /// in no body word and none follows it.
    /// </summary>
    public static EventActor? Of(Document document, EventActor actor)
    {
        if (actor.Code.Country == "IGO")
            return null;
        var entity = document.Entities[actor.Entity];
        // A name the knowledge base knows ("Wagner Group", "Adani Group") keeps its own code; one coded only by its place word does not.
        if (entity.KbKey is null && entity.Actor is not null && EndsInBody(document.Text.AsSpan(actor.Range.Start, actor.Range.End - actor.Range.Start)))
            return actor with { Code = new ActorCode("IGO", null), KbId = null };
        if (entity.KbKey?.StartsWith("country:", StringComparison.Ordinal) != true && entity.KbKey?.StartsWith("place:", StringComparison.Ordinal) != true)
            return null;
        var bodies = Bodies.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = actor.Range.End;
        if (end + 2 >= document.Text.Length || document.Text[end] != ' ' || !char.IsUpper(document.Text[end + 1]))
            return null;
        var wordEnd = end + 1;
        while (wordEnd < document.Text.Length && char.IsLetter(document.Text[wordEnd]))
            wordEnd++;
        if (!bodies.Contains(document.Text.AsSpan(end + 1, wordEnd - end - 1)))
            return null;
        var range = new TextRange(actor.Range.Start, wordEnd);
        return actor with { Range = range, Name = document.TextOf(range), Code = new ActorCode("IGO", null), KbId = null };
    }
}
