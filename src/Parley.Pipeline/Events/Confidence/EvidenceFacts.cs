using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// How an event was found, in facts that hold for any rule and any news (no rule id, no word list), for the learned
/// confidence (<see cref="ConfidenceFeatures"/>): the tagger's view of the trigger, whether the trigger sits inside a
/// quotation, how many commas come before it in its sentence, the sentence's length, and where each side came from and how
/// far it is from the trigger. For "Kenya's president, speaking in Nairobi, condemned the raid on a border post", coded
/// with source KEN and no target, they are <c>tag=verb-finite</c>, <c>quoted=no</c>, <c>commas=2+</c>, <c>length=short</c>,
/// <c>source-at=before</c>, <c>source-gap=near</c>, <c>source-role=party</c>, <c>source-known=no</c> (the source is
/// read from a title, not a knowledge-base entry). A side outside the trigger's sentence (<c>source-at=outside</c>) was
/// carried over by the discourse (an earlier subject, a speaker). Since session 30 also the trigger's clause
/// (<see cref="ClauseEvidence"/>: its cue words, reported-speech depth, speaker and opener) and the family of the finisher
/// that filled each side (<see cref="FinisherFamilies"/>: <c>source-by=clause</c>, <c>target-by=discourse</c>, ...). Since
/// session 31 also where the sentence stands in the story (<c>part=</c>: lead, early, middle, late) and how many later
/// mentions of the same act were folded into the event (<c>folded=</c>: 0, 1, 2+; <see cref="CodedEvent.Folded"/>).
/// </summary>
public readonly record struct EvidenceFacts(PosTag Tag, bool Quoted, int Commas, int Tokens, bool Known, ClauseEvidence Clause = default,
    StoryPart Part = StoryPart.Unknown)
{
    /// <summary>The facts of <paramref name="e"/>'s trigger in sentence number <paramref name="sentence"/> of <paramref name="document"/>.</summary>
    public static EvidenceFacts Of(Document document, int sentence, CodedEvent e)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(e);
        if ((uint)sentence >= (uint)document.Sentences.Length)
            return default;
        var s = document.Sentences[sentence];
        var tag = PosTag.None;
        for (int t = s.FirstToken, end = s.FirstToken + s.TokenCount; t < end && t < document.Tokens.Length; t++)
            if (document.Tokens[t].Start >= e.Trigger.Start)
            {
                tag = document.TagAt(t);
                break;
            }
        var quoted = false;
        var commas = 0;
        var text = document.Text;
        for (int i = Math.Max(0, s.Start), end = Math.Min(e.Trigger.Start, text.Length); i < end; i++)
            switch (text[i])
            {
                case '"': quoted = !quoted; break;
                case '\u201C': quoted = true; break;
                case '\u201D': quoted = false; break;
                case ',' or ';': commas++; break;
            }
        return new EvidenceFacts(tag, quoted, commas, s.TokenCount, true, ClauseEvidence.Of(document, s, e),
            PartOf(sentence, document.Sentences.Length));
    }

    /// <summary>Hands the facts of <paramref name="e"/> to <paramref name="sink"/> (nothing of the trigger's when <paramref name="facts"/> is unknown).</summary>
    public static void Visit<TSink>(CodedEvent e, EvidenceFacts facts, ref TSink sink) where TSink : IFeatureSink, allows ref struct
    {
        if (facts.Known)
        {
            sink.Add("tag=", Coarse(facts.Tag));
            sink.Add("quoted=", facts.Quoted ? "yes" : "no");
            sink.Add("commas=", facts.Commas == 0 ? "0" : facts.Commas == 1 ? "1" : "2+");
            sink.Add("length=", facts.Tokens < 18 ? "short" : facts.Tokens < 36 ? "mid" : "long");
            facts.Clause.Visit(ref sink);
            if (facts.Part != StoryPart.Unknown)
                sink.Add("part=", facts.Part switch { StoryPart.Lead => "lead", StoryPart.Early => "early", StoryPart.Middle => "middle", _ => "late" });
        }
        sink.Add("folded=", e.Folded == 0 ? "0" : e.Folded == 1 ? "1" : "2+");
        if (e.Source.Count > 0)
            Side(s_source, e.Source[0], e, ref sink);
        if (e.Target.Count > 0)
            Side(s_target, e.Target[0], e, ref sink);
        FinisherFamilies.Visit(e.Rule, e.Source.Count > 0, e.Target.Count > 0, ref sink);
    }

    /// <summary>Where sentence <paramref name="index"/> of <paramref name="count"/> stands in its story: the lead, or its first, middle or last third.</summary>
    public static StoryPart PartOf(int index, int count) =>
        index == 0 ? StoryPart.Lead : 3 * index < count ? StoryPart.Early : 3 * index < 2 * count ? StoryPart.Middle : StoryPart.Late;

    private static readonly string[] s_source = ["source-at=", "source-gap=", "source-role=", "source-known="];
    private static readonly string[] s_target = ["target-at=", "target-gap=", "target-role=", "target-known="];

    private static void Side<TSink>(string[] names, EventActor actor, CodedEvent e, ref TSink sink) where TSink : IFeatureSink, allows ref struct
    {
        var inside = actor.Range.Start >= e.Sentence.Start && actor.Range.End <= e.Sentence.End;
        var before = actor.Range.End <= e.Trigger.Start;
        var after = actor.Range.Start >= e.Trigger.End;
        sink.Add(names[0], !inside ? "outside" : before ? "before" : after ? "after" : "over");
        if (inside && (before || after))
        {
            var gap = before ? e.Trigger.Start - actor.Range.End : actor.Range.Start - e.Trigger.End;
            sink.Add(names[1], gap <= 30 ? "near" : gap <= 80 ? "mid" : "far");
        }
        sink.Add(names[2], actor.Role == ActorRole.Place ? "place" : "party");
        sink.Add(names[3], actor.KbId is null ? "no" : "yes");
    }

    /// <summary>The tagger's word class of the trigger, coarsely: a finite verb, another verb form, a noun, an adjective or other.</summary>
    public static string Coarse(PosTag tag) => tag switch
    {
        PosTag.VBD or PosTag.VBP or PosTag.VBZ => "verb-finite",
        PosTag.VB or PosTag.VBG or PosTag.VBN => "verb-other",
        PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS => "noun",
        PosTag.JJ or PosTag.JJR or PosTag.JJS => "adjective",
        _ => "other",
    };
}

/// <summary>Where an event's sentence stands in its story (<see cref="EvidenceFacts.PartOf"/>, <c>part=</c>): the lead sentence, or the story's first, middle or last third.</summary>
public enum StoryPart : byte { Unknown, Lead, Early, Middle, Late }
