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

    /// <summary>Whether "peacekeepers" comes within the phrase's first three words, after no capitalised word but an acronym ("two peacekeepers").</summary>
    private static bool Peacekeepers(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < 3 && text.Length > 0; i++)
        {
            var space = text.IndexOf(' ');
            var word = space < 0 ? text : text[..space];
            if (word is "peacekeepers" or "peacekeeper" or "Peacekeepers")
                return true;
            // "MINUSMA peacekeepers": a mission's acronym still names a mission; a demonym ("Kenyan") names a state's troops.
            if (char.IsUpper(word[0]) && !Acronym(word) || space < 0)
                return false;
            text = text[(space + 1)..];
        }
        return false;
    }

    private static bool Acronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
            return false;
        foreach (var c in word)
            if (!char.IsUpper(c))
                return false;
        return true;
    }

    /// <summary>Whether a capitalised word (a demonym, a name) stands right before the offset, past a space.</summary>
    private static bool CapitalisedBefore(Document document, int start)
    {
        var t = start - 1;
        while (t >= 0 && document.Text[t] == ' ')
            t--;
        var end = t + 1;
        while (t >= 0 && char.IsLetter(document.Text[t]))
            t--;
        return end > t + 1 && char.IsUpper(document.Text[t + 1]) && !document.Text.AsSpan(t + 1, end - t - 1).SequenceEqual("The");
    }

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
    public static EventActor? Of(Document document, EventActor actor, string plover)
    {
        if (actor.Code.Country == "IGO")
            return null;
        // "ambushed peacekeepers near Beni", "fired on peacekeepers in southern Lebanon": peacekeepers attacked or threatened whom
        // no demonym or name places ("Kenyan peacekeepers") are a mission's, not of the country where they serve (those a state
        // sends are its own: "refused to deploy peacekeepers in Iraq").
        if (plover is "ASSAULT" or "COERCE" or "THREATEN" or "ACCUSE" && Peacekeepers(document.Text.AsSpan(actor.Range.Start, actor.Range.End - actor.Range.Start))
            && !CapitalisedBefore(document, actor.Range.Start))
            return actor with { Code = new ActorCode("IGO", null), KbId = null };
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
