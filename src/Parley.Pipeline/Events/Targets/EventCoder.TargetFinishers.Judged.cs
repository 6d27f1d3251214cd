using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// "condemned the strikes on the port by the navy", "expressed concern over the incident": a judgement of an act is aimed at
    /// its author (<see cref="JudgedActs"/>), named in the judged phrase or the doer of the story's latest act of that kind, in
    /// place of the victim or place the phrase names. An act told before is the one judged only when it struck the victim and the
    /// country the judgement places it in ("condemned the bombing of a market in Libya" does not retell an attack on Chad). Kept as read
    /// when no author of another side than the judge's is found.
    /// </summary>
    private int JudgedAuthor(TargetFill f)
    {
        var (document, source, target) = (f.Document, f.Source, f.Target);
        if (source.Count == 0 || f.Reading.Framed is not null || !JudgedActs.IsJudgement(f.Trigger.Pattern.Cameo) && !JudgedActs.IsRefusal(f.Trigger.Pattern.Cameo)
            || JudgedActs.ActPhrase(document, f.Sentence, f.Trigger, f.Groups) is not { } act)
            return 0;
        var victims = Resolve(document, JudgedActs.NamedVictims(document, f.Sentence, act.Noun, f.Groups), f.Date, f.Index);
        // round 56: the place of the event holds the deed to that country first; when no deed there fits and the place is not
        // named in the judged clause (a dateline, the judge's seat), the deed is sought anywhere
        var place = f.Place is { Country.Length: 3, Feature: PlaceFeature.Country } p ? p.Country : null;
        List<EventActor> authors;
        if (JudgedActs.NamedAuthor(document, f.Sentence, act.Noun, f.Groups) is { } named && !named.Mentions.Any(f.Arguments.Source.Contains))
            authors = Resolve(document, named.Mentions, f.Date, f.Index);
        else
        {
            var told = Retold(f, act, victims, place);
            if (told.Length == 0 && place is not null && !NamedInClause(f, place))
                told = Retold(f, act, victims, null);
            authors = told.Length > 0 ? Resolve(document, told, f.Date, f.Index) : [];
        }
        authors.RemoveAll(a => !a.Code.KnownCountry);
        if (authors.Count == 0 || JudgeSides.Same(document, authors, source) || SharesCountry(authors, target) && authors.Count == target.Count)
            return 0;
        target.Clear();
        target.AddRange(authors);
        return 1;
    }

    /// <summary>
    /// Round 67: "welcomed the ruling", "criticised the verdict": a judgement of a court's decision that names no one is aimed at
    /// the latest court the story named (<see cref="JudgedCourts"/>), not at its own side nor at the story's counterpart.
    /// </summary>
    private int JudgedCourt(TargetFill f)
    {
        var document = f.Document;
        if (f.Source.Count == 0 || f.Reading.Framed is not null || !JudgedActs.IsJudgement(f.Trigger.Pattern.Cameo)
            || !JudgedCourts.OnDecision(document, f.Sentence, f.Trigger, f.Groups))
            return 0;
        var first = Math.Max(0, document.SentenceAt(f.Sentence.Start) - JudgedCourts.CourtReach);
        var from = document.Sentences[first].Start;
        for (var m = document.FirstMentionFrom(f.Trigger.Range.Start) - 1; m >= 0 && document.Mentions[m].Start >= from; m--)
        {
            if (f.Source.Exists(a => a.Entity == document.Mentions[m].Entity) || !JudgedCourts.IsCourt(document, document.Mentions[m]))
                continue;
            if (Resolve(document, [m], f.Date, f.Index) is [{ Code: { Sector: "JUD", Country: { Length: 3 } country } } court] && country != "---")
            {
                f.Target.Add(court);
                return 1;
            }
        }
        return 0;
    }

    /// <summary>The doer's mentions of the deed the judged act noun retells, done in <paramref name="place"/>'s country when given; [] when none.</summary>
    private int[] Retold(TargetFill f, (int Noun, string[] Kinds) act, List<EventActor> victims, string? place) =>
        RetoldDeeds.Author(f.Document, f.Context, act.Noun, act.Kinds, JudgedActs.IsRefusal(f.Trigger.Pattern.Cameo) ? DiscourseContext.CounterpartReach : null,
            m => JudgeSides.Same(f.Document, Resolve(f.Document, m, f.Date, f.Index), f.Source),
            m => Resolve(f.Document, m, f.Date, f.Index) is var struck && (victims.Count == 0 || SharesCountry(struck, victims))
                && (place is null || struck.Exists(a => a.Code.Country == place)));

    /// <summary>
    /// Round 56: whether a place of <paramref name="country"/> is named in the judgement's own clause, at or after its trigger
    /// up to the clause's first comma ("condemned the bombing of a market in Libya"): only such a place surely ties the act judged to
    /// a country. A dateline ("RIYADH -"), the judge's own seat ("In Tehran, the ministry condemned ...") or a country named after
    /// the clause ("welcomed the step, and Oman did too") may say where someone spoke, not where the deed was done.
    /// </summary>
    private static bool NamedInClause(TargetFill f, string country)
    {
        var end = f.Sentence.End;
        for (var t = f.Trigger.EndToken; t < f.Sentence.EndToken; t++)
            if (f.Document.Slice(f.Document.Tokens[t].Range) is "," or ";" or ":")
            {
                end = f.Document.Tokens[t].Range.Start;
                break;
            }
        foreach (var p in f.Document.PlacesStartingIn(f.Trigger.Range.Start, end))
            if (p.Where.Country == country)
                return true;
        return false;
    }
}
