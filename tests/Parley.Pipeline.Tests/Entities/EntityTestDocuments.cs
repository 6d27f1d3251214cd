using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>Runs the default pipeline over a sentence of ours and describes its mentions compactly.</summary>
internal static class EntityTestDocuments
{
    public static Document Run(string text) => Run(text, new DateOnly(2025, 7, 10));

    /// <summary>Runs a sentence published on <paramref name="date"/> (who held an office depends on the day).</summary>
    public static Document Run(string text, DateOnly date) =>
        PipelineCatalog.Default.Run(new Article("test", text) { Published = new Publication(date, null, PublishedSource.Option) });

    /// <summary>The actor code of the first mention of <paramref name="text"/> that starts with <paramref name="words"/>, or "none".</summary>
    public static string CodeOf(string text, string words)
    {
        var document = Run(text);
        foreach (var m in document.Mentions)
            if (document.TextOf(m.Range).StartsWith(words, StringComparison.Ordinal))
                return document.Entities[m.Entity].Actor?.Code ?? "none";
        return "none";
    }

    /// <summary>Name mentions as "text=TYPE" joined by " | ", in text order.</summary>
    public static string Names(Document document) =>
        string.Join(" | ", document.Mentions.Where(m => m.Kind == MentionKind.Name)
            .Select(m => $"{document.TextOf(m.Range)}={document.Entities[m.Entity].Type.ToString().ToUpperInvariant()}"));

    /// <summary>Every mention as "text=Kind>entity name[actor]" joined by " | ".</summary>
    public static string Mentions(Document document) =>
        string.Join(" | ", document.Mentions.Select(m =>
        {
            var e = document.Entities[m.Entity];
            return $"{document.TextOf(m.Range)}={m.Kind}>{e.Name}[{e.Actor}]";
        }));
}
