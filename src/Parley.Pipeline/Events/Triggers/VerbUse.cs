using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Whether a verb trigger's word is used as a verb where it is written: "-ing" and "-s" forms double as nouns ("their
/// first meeting", "human rights abuses", "the attack"), so they count as verbs only after an auxiliary, a subject or
/// a clause break; a bare form none of these checks place is read by its part-of-speech tag (<see cref="TaggedNoun"/>).
/// </summary>
internal static class VerbUse
{
    private static readonly FrozenSet<string> s_determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "new", "'s", "’s", "s",
        "albeit", "very", "more", "most", "so", "too", "increasingly", "any", "no", "such", "further", "recent", "latest");

    /// <summary>Adjectives that make the word after them a noun: "international support", "military aid", "political pressure".</summary>
    private static readonly FrozenSet<string> s_adjectives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "international", "political", "regional", "global", "foreign", "financial", "military", "economic", "diplomatic", "humanitarian",
        "bilateral", "massive", "strong", "full", "public", "popular", "widespread", "broad", "western", "unwavering", "moral", "material",
        // "his second visit", "a state visit", "a two-day visit": ordinals and words of a trip's kind or length
        "second", "third", "fourth", "fifth", "sixth", "official", "surprise", "upcoming", "historic", "rare", "brief", "day", "week",
        "two-day", "three-day", "four-day", "five-day", "day-long", "week-long");

    private static readonly FrozenSet<string> s_auxiliaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "not", "n't", "also", "still", "now", "again", "repeatedly");

    // "the group remains concerned with": "remains" opens a trigger only before its predicate, so it is the verb there, not "human remains"
    private static readonly FrozenSet<string> s_copulas = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "is", "are", "was", "were", "seems", "seem", "seemed", "remains");

    private static readonly FrozenSet<string> s_subjects = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "it", "they", "who", "which", "that", "also", "again", "now", "still", "then", "often", "repeatedly", "reportedly", "officially", "publicly");

    /// <summary>Verbs whose "-ing" complement is an act: "began collecting signatures", "kept shelling", "resumed fighting".</summary>
    private static readonly FrozenSet<string> s_aspectual = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "began", "begun", "begin", "begins", "started", "start", "starts", "continued", "continue", "continues", "kept", "keep", "keeps",
        "resumed", "resume", "resumes", "stopped", "stop", "stops", "ceased", "finished", "avoid", "avoided", "risk", "risked");

    /// <summary>"began pulling out", "have begun releasing": whether an aspect verb stands right before the "-ing" form at <paramref name="token"/>.</summary>
    public static bool AfterAspectual(Document document, int token, int sentenceStart) =>
        token > sentenceStart && s_aspectual.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token - 1].Range));

    private static bool AfterDemonym(Document document, Token previous)
    {
        // Mentions are ordered by start and none is longer than the document's longest: those that can end at the previous
        // token's end are found by halving, not by a pass over the whole layer per trigger.
        var mentions = document.Mentions;
        for (var i = document.FirstMentionFrom(previous.End - LongestMention(document)); i < mentions.Length && mentions[i].Start <= previous.End; i++)
            if (mentions[i] is var m && m.End == previous.End && m.Kind == MentionKind.Demonym)
                return document.Text[m.End - 1] != 's'; // "the Palestinians reject" is a plural subject
        return false;
    }

    /// <summary>The length of the document's longest mention, measured once per mention layer (a new layer is a new array, so never stale).</summary>
    internal static int LongestMention(Document document)
    {
        var mentions = ImmutableCollectionsMarshal.AsArray(document.Mentions) ?? [];
        if (Longest.TryGetValue(mentions, out var known))
            return known.Value;
        var longest = 0;
        foreach (var m in mentions)
            longest = Math.Max(longest, m.End - m.Start);
        Longest.AddOrUpdate(mentions, new StrongBox<int>(longest));
        return longest;
    }

    private static readonly ConditionalWeakTable<Mention[], StrongBox<int>> Longest = new();

    /// <summary>False when the trigger's first word reads as a noun or an adjective here.</summary>
    public static bool IsVerb(Document document, int token, int sentenceStart)
    {
        if (token == sentenceStart)
            return true;
        var word = document.Slice(document.Tokens[token].Range);
        var previousToken = document.Tokens[token - 1];
        var previous = document.Slice(previousToken.Range);
        // "This is completely false", "that was unacceptable": a demonstrative before a copula is its subject, not a determiner.
        if (previous is "this" or "This" or "that" or "That" or "these" or "These" or "those" or "Those" && s_copulas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return true;
        // "warned that all options are open": a row opening with a quantifier names a whole clause, which no determiner makes a noun.
        if (word is "all" or "All" or "every" or "Every")
            return true;
        if (RelativeSubjects.RelativeVerb(document, token, sentenceStart))
            return true; // "countries that refused": a relative pronoun, not a determiner, before a past verb
        if (s_determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)
            || previous.EndsWith("'s", StringComparison.Ordinal) || previous.EndsWith("’s", StringComparison.Ordinal))
            return false;
        if (BareAfterPreposition(document, token, word, sentenceStart))
            return false;
        if (previousToken.Is(TokenShape.Punctuation))
            return true;
        if (ReducedAccusation(document, token, word, previousToken, previous) || AttributiveParticiple(document, token, word, sentenceStart)
            || ReducedRelatives.Describes(document, token, word, sentenceStart) || AttitudeParticiples.Describes(document, token, word, sentenceStart))
            return false;
        // "Ethiopia's decision was", "the Taliban were": a copula is never a noun, whatever stands before it; nor is a modal ("the military would").
        if (s_copulas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word is "would" or "shall" or "Would" or "Shall")
            return true;
        // "the list of banned publications", "the release of detained activists": a participle after a preposition describes a noun.
        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && previous is "of" or "for" or "with" or "about" or "among" or "into" or "from")
            return false;
        // "the recently imposed law": an adverb after a determiner makes the participle an adjective.
        if (token - 2 >= sentenceStart && previous.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
            && s_determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token - 2].Range)))
            return false;
        if (!word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && AfterDemonym(document, previousToken))
            return false; // "the Polish demand", "Israeli strikes": a demonym describes a noun
        if (!word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && s_adjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous))
            return false; // "the more international support flows to Moldova"
        // "the IMF loan", "the US support": a bare form after "the" and a singular name is a compound noun, not a verb.
        if (token - 2 >= sentenceStart && previousToken.Is(TokenShape.Capitalized) && !previous.EndsWith("s", StringComparison.Ordinal)
            && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith('s') && !Inflections.IsIrregularPast(word)
            && document.Slice(document.Tokens[token - 2].Range) is "the" or "The" or "a" or "A" or "an" or "An"
            && !VerbComplementAfter(document, token))
            return false;
        // "a police ban", "an army attack": after "a" and a singular noun, a bare form heads the noun phrase; no
        // singular subject takes a bare verb.
        if (token - 2 >= sentenceStart && previousToken.Is(TokenShape.Word) && !previous.EndsWith("s", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith('s') && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !Inflections.IsIrregularPast(word) && (Indefinite(document, token - 2)
                || !s_bareVerbOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous) && !s_functionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)
                && OneAdjectiveAfterIndefinite(document, token - 2, sentenceStart)))
            return false;
        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && PairedWithAdjective(document, token, sentenceStart))
            return false;
        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && AbsoluteWith(document, token, sentenceStart))
            return true;
        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return s_auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous) || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)
                || AuxiliaryBeforeAdverb(document, token, sentenceStart) || PrepositionBeforeAdverb(document, token, sentenceStart)
                || previous.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || previous is "and" or "or" or "without" or "while" or "after" or "before" or "since"
                || s_aspectual.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)
                || s_texts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous);
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase))
            return previousToken.Is(TokenShape.Capitalized) && !GovernedName(document, token - 1, sentenceStart) || s_subjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)
                || previous.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || previous is "and" or "or"
                || AspectualBeforeGerund(document, token, word) || AfterSingularSubject(document, token, sentenceStart);
        return !TaggedNoun(document, token, word);
    }

    /// <summary>
    /// "in the first deadly attack on", "in direct support of", "a ban on", "from his cell at Adiala jail": a bare form none
    /// of the checks above placed is a noun where the part-of-speech tagger (<see cref="Document.Tags"/>) reads it as one.
    /// The tagger is evidence, not truth: its lexicon puts "shot" first as a noun and guesses some past forms, so a past form
    /// ("-ed" or irregular) stays a verb, and so does a word before an object that only a verb takes ("demand an
    /// explanation", "strip them of", "demand that"). Where the tagger has no say the verb row stays: after a preposition
    /// or "to" ("in jail", "under pressure to", "in protest at": rows written for those nouns), after a name ("Mexico cast
    /// doubt": the tagger has no rule for a name's verb before a noun), after "and/or" (it has no rule for coordinated
    /// verbs), a "-ness" frame ("my willingness to"), and a nominal act before its "by" agent or a participle that tells
    /// it ("a visit by the envoy", "the prison sentence given to") whose source only the verb row reads.
    /// </summary>
    private static bool TaggedNoun(Document document, int token, ReadOnlySpan<char> word)
    {
        if (!PosTags.IsCommonNoun(document.TagAt(token)) || Inflections.IsPastForm(word)
            || word.EndsWith("ness", StringComparison.OrdinalIgnoreCase) || document.TagAt(token - 1) is PosTag.IN or PosTag.TO or PosTag.NNP or PosTag.NNPS or PosTag.CC)
            return false;
        return token + 1 >= document.Tokens.Length
            || document.TagAt(token + 1) is not (PosTag.DT or PosTag.PDT or PosTag.PRP or PosTag.PRPS or PosTag.VBN)
            && document.Slice(document.Tokens[token + 1].Range) is not ("that" or "That" or "by");
    }

    /// <summary>Aspect verbs in "-s" that no noun reads before a gerund: "the government risks losing", "the party keeps blocking".</summary>
    private static readonly FrozenSet<string> s_aspectualS = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "risks", "keeps", "continues", "resumes", "begins");

    /// <summary>
    /// "the ruling party risks losing its majority": an aspect verb in "-s" before a lower-case "-ing" word is the verb of
    /// the noun phrase before it ("the risks facing the country" is no aspect verb: "risks" is read so only before a gerund the
    /// row itself names, as in "risk+ losing").
    /// </summary>
    private static bool AspectualBeforeGerund(Document document, int token, ReadOnlySpan<char> word)
    {
        if (token + 1 >= document.Tokens.Length || !s_aspectualS.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return false;
        var next = document.Tokens[token + 1];
        return next.Is(TokenShape.Word) && !next.Is(TokenShape.Capitalized) && document.Slice(next.Range).EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>Texts whose "-ing" participle says what their authors do: "issued a statement urging", "sent a letter demanding".</summary>
    private static readonly FrozenSet<string> s_texts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "statement", "statements", "letter", "communique", "communiqué", "declaration", "message");

    /// <summary>Object openers after a verb: "denies the charge", "accuses its neighbour", "refused to".</summary>
    private static readonly FrozenSet<string> s_objectOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "its", "their", "his", "her", "our", "any", "all", "both", "each", "them", "him", "us");

    /// <summary>"the peace talks Monday": a day or month after an "-s" word dates a noun phrase, it is no object.</summary>
    private static readonly FrozenSet<string> s_dateWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December");

    private static readonly FrozenSet<string> s_nounDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "every", "each", "'s", "’s");

    private static bool NounDeterminer(ReadOnlySpan<char> text) => s_nounDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text)
        || text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>
    /// "the party denies the charge", "the rebel group accuses its rivals": an "-s" word after a singular noun phrase (a
    /// determiner or an owner's "'s", at most one modifier, a noun not ending in "s") and before an object (a determiner, a pronoun, a
    /// name) is the noun phrase's verb; a plural noun does not follow a singular one with its object after it.
    /// </summary>
    private static bool AfterSingularSubject(Document document, int token, int sentenceStart)
    {
        var tokens = document.Tokens;
        if (token + 1 >= tokens.Length || token - 2 < sentenceStart)
            return false;
        var noun = tokens[token - 1];
        var nounText = document.Slice(noun.Range);
        if (!noun.Is(TokenShape.Word) || noun.Is(TokenShape.Capitalized) || nounText.EndsWith("s", StringComparison.OrdinalIgnoreCase)
            || nounText.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || s_determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nounText)
            || s_functionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nounText))
            return false;
        var before = document.Slice(tokens[token - 2].Range);
        // "the party denies", "the rebel group accuses": a determiner and at most one lower-case modifier
        var subjectStart = NounDeterminer(before) ? token - 2
            : token - 3 >= sentenceStart && tokens[token - 2].Is(TokenShape.Word) && !tokens[token - 2].Is(TokenShape.Capitalized)
              && NounDeterminer(document.Slice(tokens[token - 3].Range)) ? token - 3 : -1;
        if (subjectStart < 0)
            return false;
        var next = tokens[token + 1];
        var nextText = document.Slice(next.Range);
        if (s_objectOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextText))
            return true;
        // "denies that the cartel exists": a singular subject's "-s" word before a "that" clause or a possessive name
        // ("accuses Russia's army of") is its verb.
        if (nextText is "that" || next.Is(TokenShape.Capitalized) && (nextText.EndsWith("'s", StringComparison.Ordinal) || nextText.EndsWith("’s", StringComparison.Ordinal)))
            return true;
        if (next.Is(TokenShape.Punctuation) && nextText is "." or "," or ";" && ObjectGapRelative(document, subjectStart, sentenceStart))
            return true;
        // "accuses Pakistan of", "blames Kyiv.": a name as the object; "the security challenges China poses" is a
        // noun with a relative clause, its name the clause's subject before a verb.
        if (!next.Is(TokenShape.Capitalized) || s_dateWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextText))
            return false;
        if (token + 2 >= tokens.Length)
            return true;
        var after = tokens[token + 2];
        var afterText = document.Slice(after.Range);
        return after.Is(TokenShape.Punctuation) || after.Is(TokenShape.Capitalized) || afterText is "of" or "for" or "over" or "and" or "'s" or "’s"
            || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(afterText);
    }

    /// <summary>
    /// "The Taliban deny sheltering the group", "the Taliban urge them to": a gerund, an object pronoun or "any" right after a bare
    /// form takes it as a verb (a plural name's); a compound noun ("the IMF loan", "the US support") takes neither.
    /// </summary>
    private static bool VerbComplementAfter(Document document, int token)
    {
        if (token + 1 >= document.Tokens.Length || !document.Tokens[token + 1].Is(TokenShape.Word) || document.Tokens[token + 1].Is(TokenShape.Capitalized))
            return false;
        var next = document.Slice(document.Tokens[token + 1].Range);
        return next is "them" or "him" or "us" or "any" || next.Length > 5 && next.EndsWith("ing", StringComparison.Ordinal) && next is not ("during" or "morning" or "evening" or "building" or "including" or "following" or "according" or "regarding" or "concerning");
    }

    /// <summary>
    /// "a charge his party denies.", "the deal the junta rejects,": a noun phrase (a determiner and a plain noun) followed by a
    /// singular subject and its "-s" word, at the end of the clause, is a relative clause with its object left out ("that" dropped);
    /// the "-s" word is that subject's verb. After a verb or a preposition ("rejected his party claims") the words are one noun phrase.
    /// </summary>
    private static bool ObjectGapRelative(Document document, int subjectStart, int sentenceStart)
    {
        if (subjectStart - 2 < sentenceStart)
            return false;
        var head = document.Tokens[subjectStart - 1];
        var headText = document.Slice(head.Range);
        return head.Is(TokenShape.Word) && !head.Is(TokenShape.Capitalized) && !headText.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && !headText.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !headText.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
            && !s_determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(headText) && !s_functionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(headText)
            && !s_auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(headText) && !Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(headText)
            && !s_governing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(headText)
            && document.Slice(document.Tokens[subjectStart - 2].Range) is "a" or "A" or "an" or "An" or "the" or "The" or "every" or "each" or "this";
    }

    /// <summary>
    /// "..., with Foreign Minister Penny Wong telling Beijing by phone that ...": in an absolute "with" clause the name
    /// after "with" is the subject of the "-ing" participle, which is the clause's predicate. Only a run of capitalized
    /// words (titles and a name, "of" and "." inside) may stand between "with" and the participle, with "the", plain adjectives
    /// and nouns and an "in"/"from" place among them: ", with the ruling Justice Party accusing", ", with officials in Kigali blaming".
    /// </summary>
    private static bool AbsoluteWith(Document document, int token, int sentenceStart)
    {
        if (!document.Tokens[token - 1].Is(TokenShape.Capitalized))
            return AbsoluteWithNoun(document, token, sentenceStart) >= 0;
        for (var t = token - 2; t >= Math.Max(sentenceStart, token - 10); t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "with")
                return t > sentenceStart && document.Slice(document.Tokens[t - 1].Range) is ",";
            if (!document.Tokens[t].Is(TokenShape.Capitalized) && text is not ("of" or "." or "-" or "the" or "in" or "from")
                && !(document.Tokens[t].Is(TokenShape.Word) && document.TagAt(t) is PosTag.JJ or PosTag.NN or PosTag.NNS
                     && !text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
                return false;
        }
        return false;
    }

    /// <summary>Words that may open the subject of an absolute "with" clause before its noun: "with each side", "with both armies".</summary>
    private static readonly FrozenSet<string> s_absoluteOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "each", "both", "the", "its", "their", "his", "her", "some", "many", "several", "other", "rival", "riot");

    /// <summary>How many words the subject of an absolute "with" clause may have: "with the two delegations".</summary>
    private const int AbsoluteSubjectReach = 4;

    /// <summary>
    /// ", with police firing tear gas", ", with each government releasing 40 soldiers", "With both armies shelling the town, ...": an
    /// absolute "with" clause whose subject is a short common noun phrase (no preposition, participle or number in it) before
    /// the "-ing" participle, its predicate. The token of "with", or -1.
    /// </summary>
    internal static int AbsoluteWithNoun(Document document, int token, int sentenceStart)
    {
        for (var t = token - 1; t >= sentenceStart && t >= token - 1 - AbsoluteSubjectReach; t--)
        {
            var piece = document.Tokens[t];
            var text = document.Slice(piece.Range);
            if (text is "with" or "With")
                return t < token - 1 && (t == sentenceStart || document.Slice(document.Tokens[t - 1].Range) is ",") ? t : -1;
            if (!piece.Is(TokenShape.Word) || text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                || text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text)
                || s_functionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || s_auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return -1;
            // the word before the participle heads the subject; the words before it open or describe it
            if (t < token - 1 && !s_absoluteOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) && piece.Is(TokenShape.Capitalized) is false
                && text.EndsWith('s') && !text.EndsWith("ss", StringComparison.OrdinalIgnoreCase))
                return -1; // "with its troops' supplies", a plural before the head: not one noun phrase
        }
        return -1;
    }

    /// <summary>Prepositions no bare verb follows: "as unwelcome pressure", "under house arrest", "in the face of “pressure”".</summary>
    private static readonly FrozenSet<string> s_nounPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "under", "despite", "amid", "against", "without", "with", "from", "into", "as");

    private static readonly FrozenSet<string> s_pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "it", "they", "we", "i", "you", "who", "whom", "which", "whose", "that", "one");

    /// <summary>
    /// "criticized as unwelcome pressure", "in the face of “pressure from outside”": a bare form right after a preposition,
    /// an opening quote mark or one lowercase adjective between, heads a noun phrase; no bare verb follows a preposition
    /// ("as they press on" has a subject between: a pronoun or a plural noun is no adjective).
    /// </summary>
    private static bool BareAfterPreposition(Document document, int token, ReadOnlySpan<char> word, int sentenceStart)
    {
        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith('s') || Inflections.IsIrregularPast(word))
            return false;
        // "under pressure to resign": a noun that governs an infinitive still asks its bearer to act (frame.press reads it).
        if (token + 1 < document.Tokens.Length && document.Slice(document.Tokens[token + 1].Range) is "to")
            return false;
        var t = token - 1;
        if (t > sentenceStart && document.Slice(document.Tokens[t].Range) is "\"" or "“" or "'" or "‘")
            t--;
        var text = document.Slice(document.Tokens[t].Range);
        if (s_nounPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
            return true;
        return t - 1 >= sentenceStart && document.Tokens[t].Is(TokenShape.Word) && !document.Tokens[t].Is(TokenShape.Capitalized)
            && !text.EndsWith('s') && !text.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
            && !s_pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) && !s_functionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text)
            && s_nounPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range));
    }

    /// <summary>Words before a bare verb that are no noun: "an attempt to obstruct", "a bid and win", "a way not seen".</summary>
    private static readonly FrozenSet<string> s_functionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "or", "but", "not", "n't", "never", "also", "did", "does", "do", "that", "who", "which", "we", "they", "i", "you");

    private static bool Indefinite(Document document, int t) => document.Slice(document.Tokens[t].Range) is "a" or "A" or "an" or "An";

    /// <summary>"a local radio station", "a fresh army attack": one plain lower-case word may stand between "a" and the noun.</summary>
    private static bool OneAdjectiveAfterIndefinite(Document document, int t, int sentenceStart) =>
        t - 1 >= sentenceStart && document.Tokens[t].Is(TokenShape.Word) && !document.Tokens[t].Is(TokenShape.Capitalized)
        && !document.Slice(document.Tokens[t].Range).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && Indefinite(document, t - 1);

    /// <summary>Words that stand between an auxiliary and its "-ing" form: "were all patrolling", "was already providing".</summary>
    private static readonly FrozenSet<string> s_betweenAuxiliaryAndVerb = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "all", "both", "already", "even", "just", "still", "also", "now", "not", "again", "never", "ever", "either", "each");

    /// <summary>"we're all patrolling", "the U.N. was already providing aid": an "-ing" form after an auxiliary and one such word is a verb.</summary>
    private static bool AuxiliaryBeforeAdverb(Document document, int token, int sentenceStart) =>
        token - 2 >= sentenceStart && s_betweenAuxiliaryAndVerb.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token - 1].Range))
        && s_auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token - 2].Range));

    /// <summary>Order and time words that may stand between a preposition and its "-ing" verb: "by first imposing", "after again refusing".</summary>
    private static readonly FrozenSet<string> s_betweenPrepositionAndVerb = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "first", "then", "again", "also", "not", "never", "even", "just", "still", "once", "later", "further");

    /// <summary>"retaliated by first imposing a levy", "apologised after again refusing to meet": an "-ing" form after a preposition and one such word is a verb.</summary>
    private static bool PrepositionBeforeAdverb(Document document, int token, int sentenceStart) =>
        token - 2 >= sentenceStart && s_betweenPrepositionAndVerb.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token - 1].Range))
        && Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token - 2].Range));

    private static readonly FrozenSet<string> s_accusationParticiples = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "accused", "suspected", "blamed", "alleged");

    /// <summary>
    /// "massacred 26 peasants accused of helping the rebels", "a man suspected of spying": an accusation participle right
    /// after a plain lower-case noun, with "of" or "for" after it, describes that noun (a reduced relative clause); nobody
    /// in the sentence makes the accusation. After an auxiliary, a pronoun or a linking verb ("were accused of", "they accused", "stand accused of") it is a verb.
    /// </summary>
    private static bool ReducedAccusation(Document document, int token, ReadOnlySpan<char> word, Token previousToken, ReadOnlySpan<char> previous)
    {
        if (!s_accusationParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || token + 1 >= document.Tokens.Length
            || document.Slice(document.Tokens[token + 1].Range) is not ("of" or "for")
            || !previousToken.Is(TokenShape.Word) || previousToken.Is(TokenShape.Capitalized) || previous.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            return false;
        return !s_auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous) && !s_subjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)
            && previous is not ("and" or "or" or "who" or "have" or "has" or "had" or "stand" or "stands" or "stood" or "remain" or "remains" or "remained" or "get" or "got" or "become" or "became");
    }

    private static readonly FrozenSet<string> s_bareVerbOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "will", "would", "could", "can", "should", "must", "may", "might", "shall");

    /// <summary>Verbs that build a perfect or a passive with the participle after them ("to have captured", "would be freed").</summary>
    private static readonly FrozenSet<string> s_participleAuxiliaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "have", "be", "get", "become", "remain", "seem", "appear", "feel");

    private static readonly FrozenSet<string> s_objectPronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "him", "her", "them", "it", "us", "me", "you", "and", "or", "by");

    /// <summary>
    /// "a prison to hold captured terrorists", "vowed to free detained activists", "would try arrested protesters": an
    /// "-ed" word between a bare verb (after "to" or a modal) and a plain noun describes that noun; the bare verb is the
    /// clause's act. After "have", "be" or "get" ("to have captured", "would be arrested") it is a verb.
    /// </summary>
    private static bool AttributiveParticiple(Document document, int token, ReadOnlySpan<char> word, int sentenceStart)
    {
        if (!word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || token - 2 < sentenceStart || token + 1 >= document.Tokens.Length)
            return false;
        var next = document.Tokens[token + 1];
        var nextText = document.Slice(next.Range);
        if (!next.Is(TokenShape.Word) || next.Is(TokenShape.Capitalized) || s_determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextText)
            || s_objectPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextText) || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextText))
            return false;
        var verb = document.Tokens[token - 1];
        var verbText = document.Slice(verb.Range);
        return verb.Is(TokenShape.Word) && !verb.Is(TokenShape.Capitalized) && !s_participleAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(verbText)
            && !verbText.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
            && s_bareVerbOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token - 2].Range));
    }

    /// <summary>Prepositions that govern a noun phrase: a name after them is no subject ("under U.S. sanctions").</summary>
    private static readonly FrozenSet<string> s_governing = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "in", "at", "with", "from", "for", "by", "on", "against", "over", "under", "despite", "amid", "following", "about",
        "into", "toward", "towards", "through", "without", "among", "to", "like", "than");

    /// <summary>
    /// "triggered by previous U.S. sanctions", "struggling under EU sanctions": a name that a preposition governs, with at
    /// most a few adjectives between them, is no subject, so the "-s" word after it is a plural noun.
    /// </summary>
    private static bool GovernedName(Document document, int nameEnd, int sentenceStart)
    {
        for (var t = nameEnd; t >= sentenceStart && t > nameEnd - GovernedReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (document.Tokens[t].Is(TokenShape.Capitalized) || text is "." or "-" or "previous" or "past" or "former" or "the"
                || Cues.Adjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                continue;
            return s_governing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
        }
        return false;
    }

    private const int GovernedReach = 6;

    /// <summary>
    /// "the hosts are friendly and accepting", "the mediators were patient and demanding": an "-ing" word joined to a plain
    /// adjective after a copula, with no object after it (at most "toward", "of"), describes the subject; it is no act.
    /// </summary>
    private static bool PairedWithAdjective(Document document, int token, int sentenceStart)
    {
        if (token - 3 < sentenceStart || document.Slice(document.Tokens[token - 1].Range) is not ("and" or "or"))
            return false;
        var adjective = document.Slice(document.Tokens[token - 2].Range);
        if (!document.Tokens[token - 2].Is(TokenShape.Word) || adjective.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || adjective.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || !s_copulas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token - 3].Range)))
            return false;
        return token + 1 >= document.Tokens.Length || document.Tokens[token + 1].Is(TokenShape.Punctuation)
            || document.Slice(document.Tokens[token + 1].Range) is "toward" or "towards" or "of" or "about"; // "welcoming toward visitors"
    }
}
