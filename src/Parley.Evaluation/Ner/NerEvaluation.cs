using System.Collections.Frozen;
using Parley.Core;
using Parley.Evaluation.Scoring;
using Parley.Knowledge;

namespace Parley.Evaluation.Ner;

/// <summary>
/// Scores Parley's named mentions against IOB2 gold: exact character spans and types, per type and micro overall.
/// Only mentions of kind <see cref="MentionKind.Name"/> and <see cref="MentionKind.Metonym"/> count (a capital standing for its
/// government, "Beijing said", is still a place name to NER schemes); pronouns, titles and demonyms are not NER spans. An agent
/// phrase that starts with a country's name ("U.S. troops", "Iran's Foreign Ministry") names the country in its first words,
/// as the place evaluation reads it too: with a knowledge base, that name counts as a LOC span.
/// </summary>
public static class NerEvaluation
{
    /// <summary>
    /// The types scored: PER, ORG and LOC in every scheme (issue #4). CoNLL-2003's MISC is not scored: Parley has no
    /// MISC class (demonyms are not names), and hand-made proxies tag MISC only where easy, so gold and predicted MISC are dropped.
    /// </summary>
    public static FrozenSet<string> ScoredTypes { get; } = FrozenSet.Create(StringComparer.Ordinal, "PER", "ORG", "LOC");

    /// <summary>Parley's entity type in the gold scheme's vocabulary.</summary>
    public static string GoldType(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Org => "ORG",
        EntityType.Gpe or EntityType.Loc or EntityType.Fac => "LOC",
        _ => "MISC",
    };

    /// <param name="byDocument">Run whole documents (UNER <c># newdoc id</c>, CoNLL-2003 <c>-DOCSTART-</c>), sentences joined by newlines, instead of one article per sentence; null: documents when the file marks more than one (<see cref="MarksDocuments(IReadOnlyList{NerSentence})"/>).</param>
    /// <param name="errors">When given, receives every missed span, false alarm and wrong type, for error analysis.</param>
    /// <param name="kb">When given, the country names that start agent phrases count as LOC spans.</param>
    public static NerReport Evaluate(string path, Func<Article, Document> run, NerFormat format = NerFormat.Auto, bool? byDocument = false, ICollection<NerError>? errors = null, KnowledgeBase? kb = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (format == NerFormat.Auto)
            format = ConllNer.Detect(path);
        var scheme = ScoredTypes;
        var sentences = ConllNer.Read(path, format);
        var documents = byDocument ?? MarksDocuments(sentences);
        var counts = new Dictionary<string, Prf>(StringComparer.Ordinal);
        Prf unlabelled = default;
        var units = 0;
        foreach (var unit in Units(sentences, documents))
        {
            units++;
            var article = ArticleFactory.Create(unit.Id, unit.Text, new DateOnly(2000, 1, 1), $"{path}#{unit.Id}");
            var document = ArticleFactory.Run(run, article);
            var gold = Gold(unit.Spans, scheme);
            var predicted = Predicted(document, scheme, kb);
            unlabelled += Compare(gold, predicted, counts);
            if (errors is not null)
                NerError.Collect(unit.Id, unit.Text, gold, predicted, errors);
        }
        return new NerReport(format, sentences.Count, counts, unlabelled, documents ? units : 0);
    }

    /// <summary>
    /// Whether the file marks more than one document (UNER <c># newdoc id</c>, CoNLL-2003 <c>-DOCSTART-</c>). News NER sets
    /// such as CoNLL-2003 are stories: `parley eval ner` then reads each story whole, as Parley reads articles, so a surname
    /// can reach back to the full name given earlier; a file without marks is read sentence by sentence.
    /// </summary>
    public static bool MarksDocuments(string path, NerFormat format = NerFormat.Auto)
    {
        if (format == NerFormat.Auto)
            format = ConllNer.Detect(path);
        return MarksDocuments(ConllNer.Read(path, format));
    }

    /// <summary>Whether the sentences read from a file belong to more than one document.</summary>
    public static bool MarksDocuments(IReadOnlyList<NerSentence> sentences)
    {
        for (var i = 1; i < sentences.Count; i++)
            if (sentences[i].DocumentId != sentences[0].DocumentId)
                return true;
        return false;
    }

    /// <summary>The named mentions of a document as spans of the gold scheme, each span once.</summary>
    public static HashSet<NerSpan> Predicted(Document document, FrozenSet<string> scheme, KnowledgeBase? kb = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scheme);
        var spans = new HashSet<NerSpan>();
        foreach (var m in document.Mentions)
        {
            if (m.Kind == MentionKind.Agent && kb is not null)
                AgentSpans(document, m, kb, scheme, spans);
            if (m.Kind == MentionKind.Agent)
            {
                NamedGroupSpan(document, m, scheme, spans);
                GenericBodySpan(document, m, scheme, spans);
            }
            if (m.Kind is not (MentionKind.Name or MentionKind.Metonym))
                continue;
            var type = m.Kind == MentionKind.Metonym ? GoldType(EntityType.Gpe) : GoldType(document.Entities[m.Entity].Type);
            if (scheme.Contains(type))
                spans.Add(new NerSpan(m.Start, m.End, type));
        }
        return spans;
    }

    private static List<NerSpan> Gold(IReadOnlyList<NerSpan> spans, FrozenSet<string> scheme)
    {
        var kept = new List<NerSpan>(spans.Count);
        foreach (var s in spans)
            if (scheme.Contains(s.Type))
                kept.Add(s);
        return kept;
    }

    /// <summary>
    /// "U.S. troops" names the country (LOC); "Iran's Foreign Ministry" and "Afghan Interior Ministry" also name a body
    /// (ORG) when the agent words after the country's name or adjective are capitalised; "Pakistan Army" is one ORG.
    /// </summary>
    private static void AgentSpans(Document document, Mention m, KnowledgeBase kb, FrozenSet<string> scheme, HashSet<NerSpan> spans)
    {
        if (document.Entities[m.Entity].KbKey is not { } key || !key.StartsWith("country:", StringComparison.Ordinal)
            || !kb.Countries.TryGetValue(key[8..], out var country))
            return;
        var text = document.Slice(m.Range);
        var name = Prefix(text, country.Name);
        foreach (var alias in country.Aliases)
            name = Math.Max(name, Prefix(text, alias));
        var prefix = name;
        foreach (var demonym in country.Demonyms)
            prefix = Math.Max(prefix, Prefix(text, demonym));
        if (prefix == 0)
            return;
        var rest = prefix;
        // "Pakistan Army", "Jamaica Defence Force": a country's own name (not its adjective, not its possessive) opening a
        // capitalised body's name is part of that name, one ORG (the CoNLL reading our newswire briefs follow).
        if (name > 0 && name == prefix && text[name] == ' ' && IsCapitalisedPhrase(text[(name + 1)..]) && NamesABody(text[(name + 1)..]))
        {
            if (scheme.Contains("ORG"))
                spans.Add(new NerSpan(m.Start, m.End, "ORG"));
            return;
        }
        if (name > 0 && scheme.Contains("LOC"))
            spans.Add(new NerSpan(m.Start, m.Start + name, "LOC"));
        if (text[rest..].StartsWith("'s ", StringComparison.Ordinal) || text[rest..].StartsWith("’s ", StringComparison.Ordinal))
            rest += 2;
        while (rest < text.Length && text[rest] == ' ')
            rest++;
        if (rest < text.Length && IsCapitalisedPhrase(text[rest..]) && NamesABody(text[rest..]) && scheme.Contains("ORG"))
            spans.Add(new NerSpan(m.Start + rest, m.End, "ORG"));

        static int Prefix(ReadOnlySpan<char> text, string name) =>
            text.Length > name.Length && text.StartsWith(name, StringComparison.Ordinal) && text[name.Length] is ' ' or '\'' or '’' ? name.Length : 0;
    }

    /// <summary>
    /// "M23 rebels", "the Islamic State group": an agent phrase that opens with an organisation's own name, as the text
    /// wrote it, names that organisation (ORG) in those words; "Houthi rebels" does not (the adjective is not the name "Houthis").
    /// </summary>
    private static void NamedGroupSpan(Document document, Mention m, FrozenSet<string> scheme, HashSet<NerSpan> spans)
    {
        var entity = document.Entities[m.Entity];
        if (entity.Type != EntityType.Org || !scheme.Contains("ORG"))
            return;
        var text = document.Slice(m.Range);
        var name = entity.Name;
        if (text.Length > name.Length + 1 && text.StartsWith(name, StringComparison.Ordinal) && text[name.Length] == ' ' && char.IsLower(text[name.Length + 1]))
            spans.Add(new NerSpan(m.Start, m.Start + name.Length, "ORG"));
    }

    /// <summary>
    /// "the Supreme Court", "Congress", "the House of Representatives": a body written by its capitalised name alone, which
    /// the recogniser gives the state whose body it is (an agent mention, "senate (Kenya)"), is still a name in the text,
    /// as the American namesake (a knowledge-base name) is. One capitalised word only when it is a legislature's name
    /// ("Congress", "Senate"), not "Police said" opening a sentence.
    /// </summary>
    private static void GenericBodySpan(Document document, Mention m, FrozenSet<string> scheme, HashSet<NerSpan> spans)
    {
        var entity = document.Entities[m.Entity];
        if (entity.Type != EntityType.Org || entity.KbKey is not null || !scheme.Contains("ORG"))
            return;
        var text = document.Slice(m.Range);
        var start = m.Start;
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
            start += 4;
        }
        if (text.Contains('\'') || text.Contains('’') || !IsCapitalisedPhrase(text) || PeopleOf(text) || NameGoesOn(document.Text.AsSpan(m.End)))
            return;
        if (text.Contains(' ') ? NamesABody(text) : text is "Congress" or "Senate")
            spans.Add(new NerSpan(start, m.End, "ORG"));

        // "Members of the National Police": people of a body, not its name.
        static bool PeopleOf(ReadOnlySpan<char> phrase) =>
            phrase.IndexOf(" of ", StringComparison.Ordinal) is var of and > 0 && phrase[of - 1] == 's' && !s_bodyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(phrase[..of]);

        // "Senate Square", "the Supreme Court of Justice": the name runs on past the mention, which is then not the whole name.
        static bool NameGoesOn(ReadOnlySpan<char> after)
        {
            after = after.TrimStart(' ');
            if (after.StartsWith("of ", StringComparison.Ordinal))
                after = after[3..];
            return !after.IsEmpty && char.IsUpper(after[0]);
        }
    }

    /// <summary>Words that make a capitalised agent phrase a named body ("Foreign Ministry"), not a headline's "Protesters" or "Government".</summary>
    private static readonly FrozenSet<string> s_bodyWords = FrozenSet.Create(StringComparer.Ordinal,
        "Ministry", "Department", "Office", "Court", "Assembly", "Council", "Parliament", "Senate", "Congress", "Agency", "Commission",
        "Committee", "Service", "Police", "Army", "Navy", "Forces", "Force", "Guard", "Corps", "Bank", "Cabinet", "Embassy", "Mission");

    private static bool NamesABody(ReadOnlySpan<char> phrase)
    {
        foreach (var range in phrase.Split(' '))
            if (s_bodyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(phrase[range]))
                return true;
        return false;
    }

    /// <summary>"Foreign Ministry", "Ministry of Foreign Affairs": first and last words capitalised, small words between.</summary>
    private static bool IsCapitalisedPhrase(ReadOnlySpan<char> phrase)
    {
        if (phrase.IsEmpty || !char.IsUpper(phrase[0]))
            return false;
        var lastSpace = phrase.LastIndexOf(' ');
        if (!char.IsUpper(phrase[lastSpace + 1]))
            return false;
        foreach (var range in phrase.Split(' '))
        {
            var word = phrase[range];
            if (!word.IsEmpty && !char.IsUpper(word[0]) && word is not ("of" or "for" or "and" or "the"))
                return false;
        }
        return true;
    }

    /// <summary>Adds one unit's typed counts to <paramref name="counts"/> and returns its span-only (untyped) counts.</summary>
    internal static Prf Compare(IReadOnlyList<NerSpan> gold, HashSet<NerSpan> predicted, Dictionary<string, Prf> counts)
    {
        var goldSet = new HashSet<NerSpan>(gold);
        foreach (var g in goldSet)
            counts[g.Type] = counts.GetValueOrDefault(g.Type) + (predicted.Contains(g) ? new Prf(1, 0, 0) : new Prf(0, 0, 1));
        foreach (var p in predicted)
            if (!goldSet.Contains(p))
                counts[p.Type] = counts.GetValueOrDefault(p.Type) + new Prf(0, 1, 0);
        var goldRanges = new HashSet<(int, int)>();
        foreach (var g in goldSet)
            goldRanges.Add((g.Start, g.End));
        var predictedRanges = new HashSet<(int, int)>();
        foreach (var p in predicted)
            predictedRanges.Add((p.Start, p.End));
        var hits = 0;
        foreach (var r in predictedRanges)
            if (goldRanges.Contains(r))
                hits++;
        return new Prf(hits, predictedRanges.Count - hits, goldRanges.Count - hits);
    }

    private static IEnumerable<NerSentence> Units(IReadOnlyList<NerSentence> sentences, bool byDocument)
    {
        if (!byDocument)
        {
            foreach (var s in sentences)
                yield return s;
            yield break;
        }
        var start = 0;
        for (var i = 1; i <= sentences.Count; i++)
            if (i == sentences.Count || sentences[i].DocumentId != sentences[start].DocumentId)
            {
                yield return Join(sentences, start, i);
                start = i;
            }
    }

    /// <summary>One document: its sentences joined by newlines, spans shifted by each sentence's offset.</summary>
    private static NerSentence Join(IReadOnlyList<NerSentence> sentences, int from, int to)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<NerSpan>();
        for (var i = from; i < to; i++)
        {
            if (i > from)
                text.Append('\n');
            var offset = text.Length;
            text.Append(sentences[i].Text);
            foreach (var s in sentences[i].Spans)
                spans.Add(s with { Start = s.Start + offset, End = s.End + offset });
        }
        return new NerSentence(sentences[from].DocumentId, sentences[from].DocumentId, text.ToString(), spans);
    }
}
