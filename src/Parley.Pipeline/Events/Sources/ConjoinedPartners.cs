using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Negotiators from the Sri Lankan government and Tamil rebels held talks": in a joint act (talks, an agreement) whose
/// subject joins a named side and people named by what they are, those people are the other side, of their own phrase's
/// country, else the source's.
/// </summary>
internal static class ConjoinedPartners
{
    /// <summary>How many words may follow the source's last mention before the "and" ("Envoys from | the Philippine government and").</summary>
    private const int TailReach = 5;

    /// <summary>How many words the unnamed conjunct may have before the trigger ("and | the main opposition coalition | reached").</summary>
    private const int ConjunctReach = 4;

    /// <summary>The people the subject's "and" joins to the source right before <paramref name="trigger"/>, as an actor; null when the subject joins none.</summary>
    public static EventActor? Of(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch trigger, int[] sourceMentions, List<EventActor> source, TokenIndex index)
    {
        if (sourceMentions.Length == 0 || source.Count == 0 || And(document, trigger, document.Mentions[sourceMentions[^1]], index) is not { } and)
            return null;
        var head = trigger.FirstToken - 1;
        if (head - and > ConjunctReach || SectorOf(document, kb, head, and) is not { } sector)
            return null;
        for (var t = and + 1; t < head; t++)
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
        var phrase = new TargetPhrase(and + 1, head, sector);
        var named = TargetHomes.Named(document, kb, phrase, sentence.EndToken);
        var country = named?.Country ?? source[0].Code.Country;
        if (country is not { Length: 3 } || country == "---" || source.Exists(a => a.Code.Country == country && a.Code.Sector == sector))
            return null;
        var entity = Jurisdictions.StateEntity(document, country) ?? named?.Entity ?? source[0].Entity;
        var range = new TextRange(document.Tokens[phrase.First].Start, document.Tokens[head].End);
        return new EventActor(range, entity, document.TextOf(range), new ActorCode(country, sector), null);
    }

    /// <summary>Collective nouns a people word before them names the kind of: "the opposition coalition", "the rebel alliance".</summary>
    private static bool Collective(ReadOnlySpan<char> word) =>
        word is "coalition" or "alliance" or "bloc" or "front" or "movement" or "council";

    /// <summary>The sector of the conjunct whose head is <paramref name="head"/>: its own people word, or the one before a collective noun.</summary>
    private static string? SectorOf(Document document, KnowledgeBase kb, int head, int and) =>
        TargetPhrases.PeopleSectorOf(kb, document.Slice(document.Tokens[head].Range))
        ?? (head - 1 > and && Collective(document.Slice(document.Tokens[head].Range)) ? TargetPhrases.PeopleSectorOf(kb, document.Slice(document.Tokens[head - 1].Range)) : null);

    /// <summary>The "and" that follows the source's last mention within <see cref="TailReach"/> words, before the trigger; null when none.</summary>
    private static int? And(Document document, TriggerMatch trigger, Mention last, TokenIndex index)
    {
        if (last.End > trigger.Range.Start)
            return null;
        var t = index.TokenAt(last.End - 1) + 1;
        for (var tail = 0; t < trigger.FirstToken && tail <= TailReach; t++, tail++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "and")
                return t + 1 < trigger.FirstToken ? t : null;
            if (document.Tokens[t].Is(TokenShape.Punctuation) || word is "who" or "which" or "that")
                return null;
        }
        return null;
    }
}
