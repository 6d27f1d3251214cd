// Lists WordNet verbs that could extend Parley's one-word verb patterns: for every verb row of data/patterns/*.tsv
// whose trigger is one token ("condemn+|denounce+"), the synonyms (same synset) and direct troponyms (pointer "~",
// "to X in a particular manner") of each head lemma's most frequent senses (index.verb lists senses by their
// cntlist.rev tag counts), leaving out every lemma a pattern already names. The output is a list to REVIEW by meaning
// against the CAMEO codebook, never to paste: many synonyms of a sense are rare or mean something else in news.
// Reads Princeton WordNet 3.0 (Debian package wordnet-base): index.verb, data.verb, verb.exc.
// Usage: node data/tools/wordnet-candidates.mjs [--wordnet /usr/share/wordnet] [--data DIR] [--senses 2]
//        [--cameo PREFIX] [--multiword] [--phrases] > candidates.tsv
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One data.verb line: its offset, lemmas (spaces for WordNet's underscores), pointers and gloss. */
export function parseSynset(line) {
  const bar = line.indexOf(' | ');
  const f = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
  const count = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].replace(/\([a-z]+\)$/, '').replaceAll('_', ' ').toLowerCase());
  let k = 4 + 2 * count;
  const pointerCount = parseInt(f[k++], 10);
  const pointers = [];
  for (let i = 0; i < pointerCount; i++, k += 4) {
    // "sstt": source and target word numbers, 1-based (0 = the whole synset, a semantic pointer)
    const st = f[k + 3];
    pointers.push({ symbol: f[k], offset: f[k + 1], pos: f[k + 2], source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
  }
  return { offset: f[0], lexfile: f[1], words, pointers, gloss: bar < 0 ? '' : line.slice(bar + 3).trim() };
}

/** One index.verb line: the lemma and its synset offsets, most frequent sense first, and how many senses are tagged. */
export function parseIndexEntry(line) {
  const f = line.trim().split(' ');
  const pointerCount = parseInt(f[3], 10);
  const senseCount = parseInt(f[2], 10);
  const tagged = parseInt(f[5 + pointerCount], 10);
  return { lemma: f[0].replaceAll('_', ' '), offsets: f.slice(6 + pointerCount, 6 + pointerCount + senseCount), tagged };
}

/** Rows of a pattern file as {id, trigger, kind, cameo}; comment lines may stand anywhere (events.tsv has section headings). */
export function parsePatterns(text) {
  const rows = [];
  let header = null;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      continue;
    }
    rows.push(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  }
  return rows;
}

/** The lemma a trigger form stands for: "condemn+" → condemn, "struck" → strike (through verb.exc), "talks" → talks. */
export function lemmaOf(form, exceptions) {
  const bare = form.endsWith('+') ? form.slice(0, -1) : form;
  return (exceptions.get(bare) ?? bare).toLowerCase();
}

/** Every lemma any pattern names, in any token: a candidate among them is already covered. */
export function coveredLemmas(rows, exceptions) {
  const covered = new Set();
  for (const row of rows)
    for (const token of row.trigger.split(' '))
      for (const form of token.split('|')) if (form !== '*') covered.add(lemmaOf(form, exceptions));
  // Multi-word triggers ("call+ off") cover the WordNet lemma "call off" too.
  for (const row of rows) {
    const tokens = row.trigger.split(' ');
    if (tokens.length === 2 && !tokens.includes('*'))
      for (const a of tokens[0].split('|')) for (const b of tokens[1].split('|')) covered.add(`${lemmaOf(a, exceptions)} ${lemmaOf(b, exceptions)}`);
  }
  return covered;
}

/**
 * The verb rows (not blockers) whose trigger is one token, with the lemmas of its inflected ("word+") forms; with
 * `phrases`, also the first token of longer triggers ("send+ * aid": a synonym of send would take its place).
 */
export function oneWordHeads(rows, exceptions, { phrases = false } = {}) {
  const heads = [];
  for (const row of rows) {
    if (row.kind !== 'verb' || row.plover === 'NONE' || (!phrases && row.trigger.includes(' '))) continue;
    const lemmas = row.trigger.split(' ')[0].split('|').filter((f) => /^[a-z-]+\+$/.test(f)).map((f) => lemmaOf(f, exceptions));
    if (lemmas.length > 0) heads.push({ id: row.id, cameo: row.cameo, lemmas });
  }
  return heads;
}

/**
 * Candidates for the heads: synonyms and direct troponyms of each lemma's first `senses` senses (a sense after the
 * first only when WordNet has tagged it), minus covered lemmas; one line per (candidate, pattern).
 * `wordnet` = { index: Map lemma → entry, synsets: Map offset → synset }.
 */
export function candidates(heads, wordnet, covered, { senses = 2, multiword = false } = {}) {
  const out = [];
  const seen = new Set();
  const add = (word, relation, head, sense, synset) => {
    if (covered.has(word) || (!multiword && word.includes(' ')) || !/^[a-z][a-z -]*$/.test(word)) return;
    const key = `${word}\t${head.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ candidate: word, relation, pattern: head.id, cameo: head.cameo, sense, gloss: synset.gloss });
  };
  for (const head of heads)
    for (const lemma of head.lemmas) {
      const entry = wordnet.index.get(lemma);
      if (!entry) continue;
      entry.offsets.slice(0, senses).forEach((offset, n) => {
        if (n > 0 && n >= entry.tagged) return; // an untagged later sense is rare in text
        const synset = wordnet.synsets.get(offset);
        if (!synset) return;
        const sense = `${lemma}#${n + 1}`;
        for (const w of synset.words) add(w, 'synonym', head, sense, synset);
        for (const p of synset.pointers) {
          if (p.symbol !== '~' || p.pos !== 'v') continue;
          const trop = wordnet.synsets.get(p.offset);
          if (trop) for (const w of trop.words) add(w, 'troponym', head, sense, trop);
        }
      });
    }
  return out;
}

/** Reads WordNet's verb files from a directory. */
export function readWordnet(dir) {
  const index = new Map();
  for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n'))
    if (line !== '' && !line.startsWith(' ')) {
      const e = parseIndexEntry(line);
      index.set(e.lemma, e);
    }
  const synsets = new Map();
  for (const line of readFileSync(join(dir, 'data.verb'), 'utf8').split('\n'))
    if (line !== '' && !line.startsWith(' ')) {
      const s = parseSynset(line);
      synsets.set(s.offset, s);
    }
  const exceptions = new Map();
  for (const line of readFileSync(join(dir, 'verb.exc'), 'utf8').split('\n')) {
    const [form, lemma] = line.split(' ');
    if (form && lemma && !exceptions.has(form)) exceptions.set(form, lemma);
  }
  return { index, synsets, exceptions };
}

function main(argv) {
  const opts = { wordnet: '/usr/share/wordnet', data: join(dirname(fileURLToPath(import.meta.url)), '..'), senses: 2, cameo: '', multiword: false, phrases: false };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (name === 'multiword' || name === 'phrases') opts[name] = true;
    else if (name in opts) opts[name] = name === 'senses' ? Number(argv[++i]) : argv[++i];
    else throw new Error(`unknown option ${argv[i]}; use --wordnet DIR, --data DIR, --senses N, --cameo PREFIX, --multiword, --phrases`);
  }
  const wordnet = readWordnet(opts.wordnet);
  const patternDir = join(opts.data, 'patterns');
  const rows = readdirSync(patternDir).filter((f) => f.endsWith('.tsv')).sort()
    .flatMap((f) => parsePatterns(readFileSync(join(patternDir, f), 'utf8')))
    .filter((row) => row.trigger !== undefined); // weight tables (confidence.tsv, judge.tsv, sides.tsv) hold no triggers
  const heads = oneWordHeads(rows, wordnet.exceptions, opts).filter((h) => h.cameo.startsWith(opts.cameo));
  const found = candidates(heads, wordnet, coveredLemmas(rows, wordnet.exceptions), opts);
  const lines = ['candidate\trelation\tpattern\tcameo\tsense\tgloss'];
  for (const c of found) lines.push([c.candidate, c.relation, c.pattern, c.cameo, c.sense, c.gloss].join('\t'));
  process.stdout.write(lines.join('\n') + '\n');
  console.error(`${heads.length} one-word verb patterns, ${found.length} candidates`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
