using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The interior minister accused the opposition ...", "A government spokeswoman condemned the vote": a clause subject that is
/// only a national office's title, with no name and no country of its own, holds that office in the story's country, when the
/// story has one and the last official named before it is of that country too (else "the president" may be another state's).
/// Local or roving offices (mayor, governor, envoy, ambassador) may be anyone's and are left out, as is a bare "spokesman".
/// </summary>
internal static class BareTitleSubjects
{
    /// <summary>Heads of a national office: "the president", "the prime minister", "the foreign minister".</summary>
    private static readonly FrozenSet<string> Offices = FrozenSet.Create(StringComparer.Ordinal,
        "president", "premier", "chancellor", "minister", "ministers");

    /// <summary>Speakers, who hold a state office only with a state word before them: "a government spokesman".</summary>
    private static readonly FrozenSet<string> Spokespeople = FrozenSet.Create(StringComparer.Ordinal, "spokesman", "spokeswoman", "spokesperson");

    /// <summary>Words before a speaker's title that make it the state's: "a government spokesman", "the foreign ministry spokeswoman".</summary>
    private static readonly FrozenSet<string> StateWords = FrozenSet.Create(StringComparer.Ordinal, "government", "presidential", "ministry", "cabinet", "state");

    /// <summary>Modifiers that take the office from the state: "the former president", "the opposition's shadow minister".</summary>
    private static readonly FrozenSet<string> NotInOffice = FrozenSet.Create(StringComparer.Ordinal,
        "former", "ex", "late", "opposition", "shadow", "incoming", "elected", "regional", "provincial", "state-level", "local", "party");

    /// <summary>How many modifiers may stand between the article and the title: "the deputy foreign minister".</summary>
    private const int ModifierReach = 3;

    /// <summary>How many mentions back the last named official is looked for.</summary>
    private const int OfficialReach = 40;

    /// <summary>The story's government, for a bare national title opening the clause right before the trigger; null otherwise.</summary>
    public static EventActor? Of(Document document, Sentence sentence, int clauseStart, TriggerMatch trigger)
    {
        var head = trigger.FirstToken - 1;
        while (head > clauseStart && RecallVictims.IsVerbGroupWord(document.Slice(document.Tokens[head].Range)))
            head--;
        if (head <= clauseStart || head < sentence.FirstToken)
            return null;
        // "Zanzibar's president warned": a region's or city's office is its country's.
        if (PlaceOffices.Of(document, Math.Max(clauseStart, sentence.FirstToken), head) is { } placed)
            return placed;
        var title = document.Slice(document.Tokens[head].Range);
        var speaker = Spokespeople.GetAlternateLookup<ReadOnlySpan<char>>().Contains(title);
        if (!speaker && !Offices.GetAlternateLookup<ReadOnlySpan<char>>().Contains(title))
            return null;
        // The phrase is the clause's opening: an article, then lower-case modifiers only (a capital names a country or a person).
        var article = head - 1;
        var stateWord = false;
        while (article >= clauseStart && article >= head - ModifierReach && document.Slice(document.Tokens[article].Range) is var word
            && word is not ("the" or "The" or "a" or "A" or "an" or "An"))
        {
            var ministry = document.Tokens[article].Is(TokenShape.Capitalized) && MinistryName(document, article, head);
            if (!document.Tokens[article].Is(TokenShape.Word) || document.Tokens[article].Is(TokenShape.Capitalized) && !ministry
                || NotInOffice.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return null;
            stateWord |= ministry || StateWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            article--;
        }
        if (article < clauseStart || article != clauseStart && article != sentence.FirstToken || speaker && !stateWord)
            return null;
        if (TargetHomes.StoryCountry(document) is not { Length: 3 } country || Jurisdictions.StateEntity(document, country) is not { } entity
            || LastOfficialCountry(document, sentence.Start) is { } other && other != country)
            return null;
        var range = new TextRange(document.Tokens[article].Start, document.Tokens[head].End);
        return new EventActor(range, entity, document.TextOf(range), new ActorCode(country, "GOV"), null);
    }

    /// <summary>
    /// Round 55: "An Interior Ministry spokesman", "the Foreign Affairs Ministry spokeswoman": a capitalised word of a ministry's
    /// name (the word "Ministry", or one or two words right before it) is a national body's name, not a country or a person.
    /// </summary>
    private static bool MinistryName(Document document, int token, int head)
    {
        for (var t = token; t < head && t <= token + 2; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is "Ministry")
                return true;
            if (!document.Tokens[t].Is(TokenShape.Capitalized))
                return false;
        }
        return false;
    }

    /// <summary>The country of the last official (a person coded to a state's government) named before <paramref name="offset"/>.</summary>
    private static string? LastOfficialCountry(Document document, int offset)
    {
        for (int m = document.FirstMentionFrom(offset) - 1, seen = 0; m >= 0 && seen < OfficialReach; m--, seen++)
            if (document.Entities[document.Mentions[m].Entity] is { Type: EntityType.Person, Actor: { Sector: "GOV", Country: { Length: 3 } country } })
                return country;
        return null;
    }
}
