using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// "Chilean police opened an investigation into the incident outside the Peruvian consulate": a state's inquiry (09x) is aimed at
    /// home (<see cref="DomesticInquiries"/>) unless its object is a side or names the deed's author; it replaces a country read
    /// from the object's phrases or the story. An inquiry by a body of no single country (the UN, a court abroad) is kept as read.
    /// </summary>
    /// <remarks><paramref name="empty"/>: the late step, which fills a target still empty once the sentence's readings (an agent owned, "the police's handling") are done; the early one only replaces a target read.</remarks>
    private int InquiryAtHome(TargetFill f, bool empty)
    {
        var (document, source, target) = (f.Document, f.Source, f.Target);
        if (target.Count == 0 != empty || f.Reading.Framed is not null || !f.Trigger.Pattern.Cameo.StartsWith("09", StringComparison.Ordinal) || source.Count == 0
            || source[0].Code.Country is not { Length: 3 } home || home is "IGO" or "NGO" or "MNC" or "IMG" or "---"
            || !source.TrueForAll(a => a.Code.Country == home && (string.IsNullOrEmpty(a.Code.Sector) || Sectors.IsState(a.Code.Sector)))
            || target.Count > 0 && (target.TrueForAll(a => a.Code.Country == home) || DomesticInquiries.SuspectIsObject(document, f.Sentence, f.Trigger, target, f.Index))
            || DeedAuthors.Of(document, f.Sentence, f.Trigger, f.Groups, inquiry: true) is not null
            || !kb.Countries.TryGetValue(home, out var state))
            return 0;
        target.Clear();
        target.Add(SelfDirectedActs.Home(document, f.Sentence, source, home, state.Name));
        return 1;
    }
}
