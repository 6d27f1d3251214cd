using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "the council", "the bloc", "the watchdog": a generic noun for a body, written with "the" alone, names the last body of
/// that kind the story named ("the UN Security Council ... the council", "ASEAN ... the bloc", "the IAEA ... the watchdog").
/// A meeting of a body's leaders that opens its sentence as the doer of a verb ("The summit also extended the sanctions")
/// acts for the international body the story last named: a summit decides nothing but what its members decide together.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>How far back a generic body noun looks for its body, in sentences.</summary>
    private const int BodyWindow = 8;

    /// <summary>What a generic body noun may stand for, besides a body whose own name holds the noun.</summary>
    private enum BodyKind { NameOnly, International, Military, Monitor, NonState, Business, Any, Meeting }

    /// <summary>
    /// Generic body nouns: any body whose name holds the noun ("the commission"), or the kind a noun alone implies. Not "party":
    /// party names repeat across countries ("Democratic Party"), so a bare "the party" would carry a namesake's country.
    /// </summary>
    private static readonly FrozenDictionary<string, BodyKind> BodyNouns = new Dictionary<string, BodyKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["council"] = BodyKind.NameOnly, ["agency"] = BodyKind.NameOnly, ["commission"] = BodyKind.NameOnly, ["committee"] = BodyKind.NameOnly,
        ["court"] = BodyKind.NameOnly, ["tribunal"] = BodyKind.NameOnly, ["parliament"] = BodyKind.NameOnly, ["assembly"] = BodyKind.NameOnly,
        ["bank"] = BodyKind.NameOnly, ["fund"] = BodyKind.NameOnly, ["union"] = BodyKind.NameOnly, ["mission"] = BodyKind.NameOnly,
        ["movement"] = BodyKind.NameOnly, ["front"] = BodyKind.NameOnly, ["league"] = BodyKind.NameOnly, ["federation"] = BodyKind.NameOnly,
        ["association"] = BodyKind.NameOnly, ["forum"] = BodyKind.NameOnly,
        ["bloc"] = BodyKind.International, ["body"] = BodyKind.International, ["alliance"] = BodyKind.Military,
        ["watchdog"] = BodyKind.Monitor, ["panel"] = BodyKind.Monitor, ["group"] = BodyKind.NonState,
        ["organization"] = BodyKind.Any, ["organisation"] = BodyKind.Any,
        ["company"] = BodyKind.Business, ["firm"] = BodyKind.Business, ["carrier"] = BodyKind.Business, ["airline"] = BodyKind.Business,
        ["lender"] = BodyKind.Business, ["utility"] = BodyKind.Business,
        ["summit"] = BodyKind.Meeting,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make the body noun a modifier, not the actor: "the council meeting", "the court ruling", "the group's leader" stays.</summary>
    private static readonly FrozenSet<string> BodyCompounds = FrozenSet.ToFrozenSet(
        ["meeting", "meetings", "session", "chamber", "member", "members", "chief", "head", "chairman", "chair", "president", "director",
         "spokesman", "spokeswoman", "spokesperson", "official", "officials", "report", "resolution", "ruling", "decision", "vote", "statement",
         "stage", "stages", "stadium", "match", "leader", "leaders", "summit", "talks"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Links "the" + generic body noun at token <paramref name="the"/> to the last body of its kind named within
    /// <see cref="BodyWindow"/> sentences; true when linked.
    /// </summary>
    private bool NamedBody(int sentenceIndex, int the, bool[] covered)
    {
        var sentence = document.Sentences[sentenceIndex];
        var noun = the + 1;
        // "the 27-nation bloc", "the regional bloc", "the world body": up to two words describing the body.
        for (var skipped = 0; skipped < 2 && noun + 1 < sentence.EndToken && ModifierLength(noun, sentence.EndToken) is var length and > 0; skipped++)
            noun += length;
        if (noun >= sentence.EndToken || covered[noun - sentence.FirstToken])
            return false;
        // "the regional bloc's efforts": the possessive may stay on the noun's token; the mention is the body without it.
        var nounText = Lexicon.WithoutPossessive(document.Slice(document.Tokens[noun].Range));
        if (!BodyNouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(nounText, out var kind))
            return false;
        if (noun + 1 < sentence.EndToken && BodyCompounds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[noun + 1].Range)))
            return false;
        // "the Alliance of Democracies", "the Council of Europe": "of" and a capitalised word name another body.
        if (noun + 2 < sentence.EndToken && document.Slice(document.Tokens[noun + 1].Range) is "of" && document.Tokens[noun + 2].Is(TokenShape.Capitalized))
            return false;
        if (kind == BodyKind.Meeting && !OpensAsDoer(sentence, the, noun))
            return false;
        var word = nounText.ToString();
        var window = document.Sentences[Math.Max(0, sentenceIndex - BodyWindow)].Start;
        var body = table.LastBefore(document.Tokens[the].Start, window, new BodyOfKind(this, word, kind));
        if (body < 0)
            return false;
        table.Mention(document.Tokens[the].Start, document.Tokens[noun].Start + nounText.Length, body, MentionKind.Agent);
        return true;
    }

    /// <summary>Words after a meeting noun that make it no doer: "The summit was held", "The summit in Accra", "The summit and ...".</summary>
    private static readonly FrozenSet<string> NotAVerb = FrozenSet.ToFrozenSet(
        ["was", "is", "will", "would", "had", "has", "in", "of", "on", "at", "with", "for", "and", "or", "to", "from", "by", "ended", "began",
         "opened", "closed", "comes", "came", "took", "takes", "follows", "followed"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs between a meeting noun and its verb: "The summit also upheld".</summary>
    private static readonly FrozenSet<string> DoerAdverbs = FrozenSet.ToFrozenSet(["also", "then", "later", "further", "formally", "unanimously"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether "the" + meeting noun opens the sentence and a verb of its own follows ("The summit also upheld ...").</summary>
    private bool OpensAsDoer(Sentence sentence, int the, int noun)
    {
        if (the != sentence.FirstToken)
            return false;
        var next = noun + 1;
        while (next < sentence.EndToken && DoerAdverbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[next].Range)))
            next++;
        return next < sentence.EndToken && document.Tokens[next].Is(TokenShape.Word) && !document.Tokens[next].Is(TokenShape.Capitalized)
            && !NotAVerb.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[next].Range));
    }

    /// <summary>Words describing a body before its noun: "regional", "military", "27-nation", "15-member".</summary>
    private static readonly FrozenSet<string> BodyModifiers = FrozenSet.ToFrozenSet(
        ["regional", "military", "economic", "trading", "political", "western", "transatlantic", "continental", "world", "global",
         "international", "intergovernmental", "nuclear", "atomic", "rights", "security", "powerful", "influential"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The tokens of a body modifier at <paramref name="at"/> ("regional"; "27-nation" as one token or three), else 0.</summary>
    private int ModifierLength(int at, int sentenceEnd)
    {
        var word = document.Slice(document.Tokens[at].Range);
        if (BodyModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return 1;
        var dash = word.IndexOf('-');
        if (dash > 0)
            return IsCount(word[..dash]) && IsMemberWord(word[(dash + 1)..]) ? 1 : 0;
        return at + 3 < sentenceEnd && IsCount(word) && document.Slice(document.Tokens[at + 1].Range) is "-"
            && IsMemberWord(document.Slice(document.Tokens[at + 2].Range)) ? 3 : 0;
    }

    private static bool IsCount(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsAsciiDigit(word[0]) || word is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "twelve" or "fifteen" or "twenty";

    private static bool IsMemberWord(ReadOnlySpan<char> word) => word is "nation" or "member" or "country" or "state";

    /// <summary>A named body of the noun's kind, as a struct test: no closure for every "the" that might open one.</summary>
    private readonly struct BodyOfKind(Coreference owner, string noun, BodyKind kind) : IEntityTest
    {
        public bool Accepts(int entity) => owner.IsBodyOfKind(entity, noun, kind);
    }

    private bool IsBodyOfKind(int entity, string noun, BodyKind kind)
    {
        var e = table[entity];
        // Named bodies only: a knowledge-base organisation or a recognised name, never an agent group ("rebels (Mali)").
        if (e.Type != EntityType.Org || e.Actor is not { } actor || e.Rule == "entities.agent.v1")
            return false;
        if (NameHolds(e.Name, noun))
            return true;
        // "the G7 ... the group": a "G" and a number is short for "Group of" that many states.
        if (noun.Equals("group", StringComparison.OrdinalIgnoreCase) && actor.Country is "IGO" && IsNumberedGroup(e.Name))
            return true;
        return kind switch
        {
            BodyKind.International or BodyKind.Meeting => actor.Country is "IGO",
            BodyKind.Military => actor.Country is "IGO" && actor.Sector is "MIL",
            BodyKind.Monitor => actor.Country is "IGO" or "NGO" && actor.Sector is not "MIL",
            BodyKind.NonState => actor.Country is "NGO" or "IMG" || actor.Sector is "REB" or "OPP" or "NGO",
            BodyKind.Business => actor.Sector is "BUS",
            BodyKind.Any => true,
            _ => false,
        };
    }

    /// <summary>"G7", "G20", "G-20": the short name of a "Group of" states.</summary>
    private static bool IsNumberedGroup(string name) =>
        name.Length is >= 2 and <= 4 && name[0] == 'G' && char.IsAsciiDigit(name[^1]) && name.AsSpan(1).TrimStart('-').Length > 0
        && !name.AsSpan(1).TrimStart('-').ContainsAnyExcept("0123456789");

    /// <summary>"Human Rights Council" holds "council"; "Councillors" does not.</summary>
    private static bool NameHolds(string name, string noun)
    {
        for (var at = name.IndexOf(noun, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(noun, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + noun.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
                return true;
        }
        return false;
    }
}
