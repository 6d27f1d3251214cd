// Lists the nouns WordNet derives from Parley's one-word verb patterns: for every verb row of data/patterns/*.tsv
// whose trigger starts with a one-lemma head ("condemn+|denounce+", "deploy+ * troops"), the derivationally related nouns (lexical pointer "+" from the
// head lemma itself, not from its synonyms) of the lemma's most frequent senses, leaving out every noun a coding
// `noun` row already names (a verb row's "arrest+" does not read "his arrest by police") and the doers (noun.person:
// "kidnapper"; --people keeps them). Each line says how common the noun's sense is: its rank among the noun's senses in index.noun
// ("arrest" → the act of detaining is sense 1; "charge" → the accusation is a later sense) and its tag count.
// The output is a list to REVIEW by meaning, never to paste: "strike", "fire", "support", "charge" name other things
// in news more often than the act.
// Reads Princeton WordNet 3.0 (Debian package wordnet-base): index.verb, data.verb, verb.exc, index.noun, data.noun.
// Usage: node data/tools/wordnet-nouns.mjs [--wordnet /usr/share/wordnet] [--data DIR] [--senses 2] [--cameo PREFIX]
//        > nouns.tsv
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSynset, parseIndexEntry, parsePatterns, oneWordHeads } from './wordnet-candidates.mjs';

/** One data.verb/data.noun line (`parseSynset`, which keeps each pointer's source and target word numbers), its lexicographer file by name. */
export function parseLexicalSynset(line) {
  const s = parseSynset(line);
  return { ...s, lexfile: LEXFILES[parseInt(s.lexfile, 10)] ?? s.lexfile };
}

/** WordNet's noun lexicographer files by number (lexnames): "act" for an act, "person" for its doer; other numbers stay as read. */
const LEXFILES = {
  3: 'Tops', 4: 'act', 5: 'animal', 6: 'artifact', 7: 'attribute', 8: 'body', 9: 'cognition', 10: 'communication', 11: 'event', 12: 'feeling', 14: 'group', 15: 'location',
  13: 'food', 16: 'motive', 17: 'object', 18: 'person', 19: 'phenomenon', 20: 'plant', 21: 'possession', 22: 'process',
  23: 'quantity', 24: 'relation', 25: 'shape', 26: 'state', 27: 'substance', 28: 'time',
};

/** Every lemma a `noun` row that codes an event names (blockers left out: "support for" blocks, it does not code). */
export function nounRowLemmas(rows) {
  const covered = new Set();
  for (const row of rows) {
    if (row.kind !== 'noun' || row.plover === 'NONE') continue;
    for (const token of row.trigger.split(' '))
      for (const form of token.split('|')) if (form !== '*') covered.add((form.endsWith('+') ? form.slice(0, -1) : form).toLowerCase());
  }
  return covered;
}

/** The noun's sense rank (1 = most frequent) of a noun synset, 0 when the noun does not list it. */
export function senseRank(nounIndex, noun, offset) {
  const entry = nounIndex.get(noun);
  return entry ? entry.offsets.indexOf(offset) + 1 : 0;
}

/**
 * Derived nouns of the heads' lemmas: for each lemma's first `senses` senses (a later sense only when tagged), the
 * "+" pointers to nouns that start at the lemma's own word in the synset; one line per (noun, pattern), covered
 * nouns (and their plurals) left out. `wordnet` = { verbIndex, verbSynsets, nounIndex, nounSynsets }.
 */
export function derivedNouns(heads, wordnet, covered, { senses = 2, people = false } = {}) {
  const out = [];
  const seen = new Set();
  for (const head of heads)
    for (const lemma of head.lemmas) {
      const entry = wordnet.verbIndex.get(lemma);
      if (!entry) continue;
      entry.offsets.slice(0, senses).forEach((offset, n) => {
        if (n > 0 && n >= entry.tagged) return;
        const synset = wordnet.verbSynsets.get(offset);
        if (!synset) return;
        const own = synset.words.indexOf(lemma) + 1;
        for (const p of synset.pointers) {
          if (p.symbol !== '+' || p.pos !== 'n' || p.source !== own) continue;
          const target = wordnet.nounSynsets.get(p.offset);
          const noun = target?.words[p.target - 1];
          if (!noun || (!people && target.lexfile === 'person') || noun.includes(' ') || !/^[a-z][a-z-]*$/.test(noun)) continue;
          if (covered.has(noun) || covered.has(`${noun}s`)) continue;
          const key = `${noun}\t${head.id}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const entryN = wordnet.nounIndex.get(noun);
          out.push({
            noun, verb: `${lemma}#${n + 1}`, pattern: head.id, cameo: head.cameo,
            lexfile: target.lexfile, nounSense: senseRank(wordnet.nounIndex, noun, p.offset), nounTagged: entryN ? entryN.tagged : 0, gloss: target.gloss,
          });
        }
      });
    }
  return out;
}

function readIndex(path) {
  const index = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n'))
    if (line !== '' && !line.startsWith(' ')) {
      const e = parseIndexEntry(line);
      index.set(e.lemma, e);
    }
  return index;
}

function readSynsets(path) {
  const synsets = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n'))
    if (line !== '' && !line.startsWith(' ')) {
      const s = parseLexicalSynset(line);
      synsets.set(s.offset, s);
    }
  return synsets;
}

/** Reads WordNet's verb and noun files from a directory. */
export function readWordnetNouns(dir) {
  const exceptions = new Map();
  for (const line of readFileSync(join(dir, 'verb.exc'), 'utf8').split('\n')) {
    const [form, lemma] = line.split(' ');
    if (form && lemma && !exceptions.has(form)) exceptions.set(form, lemma);
  }
  return {
    verbIndex: readIndex(join(dir, 'index.verb')), verbSynsets: readSynsets(join(dir, 'data.verb')),
    nounIndex: readIndex(join(dir, 'index.noun')), nounSynsets: readSynsets(join(dir, 'data.noun')), exceptions,
  };
}

function main(argv) {
  const opts = { wordnet: '/usr/share/wordnet', data: join(dirname(fileURLToPath(import.meta.url)), '..'), senses: 2, cameo: '', people: false };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (name === 'people') opts.people = true;
    else if (name in opts) opts[name] = name === 'senses' ? Number(argv[++i]) : argv[++i];
    else throw new Error(`unknown option ${argv[i]}; use --wordnet DIR, --data DIR, --senses N, --cameo PREFIX, --people`);
  }
  const wordnet = readWordnetNouns(opts.wordnet);
  const patternDir = join(opts.data, 'patterns');
  const rows = readdirSync(patternDir).filter((f) => f.endsWith('.tsv')).sort()
    .flatMap((f) => parsePatterns(readFileSync(join(patternDir, f), 'utf8')));
  const heads = oneWordHeads(rows, wordnet.exceptions, { phrases: true }).filter((h) => h.cameo.startsWith(opts.cameo));
  const found = derivedNouns(heads, wordnet, nounRowLemmas(rows), opts);
  const lines = ['noun\tverb\tpattern\tcameo\tlexfile\tnoun_sense\tnoun_tagged\tgloss'];
  for (const c of found) lines.push([c.noun, c.verb, c.pattern, c.cameo, c.lexfile, c.nounSense, c.nounTagged, c.gloss].join('\t'));
  process.stdout.write(lines.join('\n') + '\n');
  console.error(`${heads.length} one-word verb patterns, ${found.length} derived nouns`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
