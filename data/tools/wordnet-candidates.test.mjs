// Specification of wordnet-candidates.mjs's pure functions, on WordNet lines written for this test.
// Run: node --test data/tools/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSynset, parseIndexEntry, parsePatterns, lemmaOf, coveredLemmas, oneWordHeads, candidates } from './wordnet-candidates.mjs';

// A small verb net in WordNet 3.0's data.verb / index.verb layout (offsets, counts in hex and decimal as the files use).
const SYNSETS = [
  '00000001 32 v 02 scold 0 rebuke 0 002 ~ 00000003 v 0000 @ 00000009 v 0000 01 + 08 00 | express sharp disapproval',
  '00000002 32 v 02 scold 1 jaw 0 000 01 + 08 00 | talk noisily and at length',
  '00000003 32 v 02 berate 0 upbraid 0 000 01 + 08 00 | scold angrily',
  '00000004 38 v 02 ferry 0 shuttle 0 001 ~ 00000005 v 0000 01 + 08 00 | transport by boat or aircraft',
  '00000005 38 v 01 airlift 0 000 01 + 08 00 | transport in an aircraft',
];
const INDEX = ['scold v 2 1 ~ 2 1 00000001 00000002  ', 'ferry v 1 1 ~ 1 1 00000004  '];

function net() {
  const synsets = new Map(SYNSETS.map((l) => [l.slice(0, 8), parseSynset(l)]));
  const index = new Map(INDEX.map((l) => parseIndexEntry(l)).map((e) => [e.lemma, e]));
  return { synsets, index };
}

test('parseSynset reads words, pointers and gloss', () => {
  const s = parseSynset('00000001 32 v 02 scold 0 call_out 0 001 ~ 00000003 v 0000 01 + 08 00 | express sharp disapproval');
  assert.deepEqual(s, { offset: '00000001', lexfile: '32', words: ['scold', 'call out'], pointers: [{ symbol: '~', offset: '00000003', pos: 'v', source: 0, target: 0 }], gloss: 'express sharp disapproval' });
});

test('parseIndexEntry keeps the senses in frequency order and the tagged count', () => {
  assert.deepEqual(parseIndexEntry('scold v 2 1 ~ 2 1 00000001 00000002  '), { lemma: 'scold', offsets: ['00000001', '00000002'], tagged: 1 });
});

test('parsePatterns skips comments anywhere, even after the header', () => {
  const rows = parsePatterns('# head\nid\ttrigger\tkind\n# section\na.v1\tscold+\tverb\n');
  assert.deepEqual(rows, [{ id: 'a.v1', trigger: 'scold+', kind: 'verb' }]);
});

test('lemmaOf strips the inflection mark and maps irregular forms', () => {
  const exc = new Map([['struck', 'strike']]);
  assert.deepEqual([lemmaOf('condemn+', exc), lemmaOf('struck', exc), lemmaOf('Talks', exc)], ['condemn', 'strike', 'talks']);
});

test('coveredLemmas holds every token form and two-word phrases', () => {
  const covered = coveredLemmas([{ trigger: 'call+ off' }, { trigger: 'send+ * aid|food' }], new Map());
  for (const w of ['call', 'off', 'call off', 'send', 'aid', 'food']) assert.ok(covered.has(w), w);
  assert.ok(!covered.has('*'));
});

test('oneWordHeads takes one-token verb rows, not blockers or nouns; phrases add first tokens', () => {
  const rows = [
    { id: 'a.v1', trigger: 'scold+|chided', kind: 'verb', plover: 'ACCUSE', cameo: '111' },
    { id: 'b.v1', trigger: 'ferry+ * food', kind: 'verb', plover: 'AID', cameo: '073' },
    { id: 'none.v1', trigger: 'scold+', kind: 'verb', plover: 'NONE', cameo: '-' },
    { id: 'n.v1', trigger: 'talks', kind: 'noun', plover: 'CONSULT', cameo: '040' },
  ];
  assert.deepEqual(oneWordHeads(rows, new Map()), [{ id: 'a.v1', cameo: '111', lemmas: ['scold'] }]);
  assert.deepEqual(oneWordHeads(rows, new Map(), { phrases: true }).map((h) => h.id), ['a.v1', 'b.v1']);
});

test('candidates: synonyms and troponyms of the tagged senses, minus covered lemmas', () => {
  const heads = [{ id: 'accuse.scold.v1', cameo: '111', lemmas: ['scold'] }];
  const found = candidates(heads, net(), new Set(['scold', 'upbraid']));
  assert.deepEqual(found.map((c) => [c.candidate, c.relation, c.sense]), [['rebuke', 'synonym', 'scold#1'], ['berate', 'troponym', 'scold#1']]);
  assert.equal(found[0].gloss, 'express sharp disapproval');
  assert.equal(found[0].cameo, '111');
});

test('candidates: an untagged second sense is left out; a tagged one is read', () => {
  const heads = [{ id: 'x.v1', cameo: '111', lemmas: ['scold'] }];
  const wn = net();
  assert.ok(!candidates(heads, wn, new Set()).some((c) => c.candidate === 'jaw'));
  wn.index.get('scold').tagged = 2;
  assert.deepEqual(candidates(heads, wn, new Set()).filter((c) => c.candidate === 'jaw').map((c) => c.sense), ['scold#2']);
  assert.ok(!candidates(heads, wn, new Set(), { senses: 1 }).some((c) => c.candidate === 'jaw'));
});

test('candidates: each candidate once per pattern; multi-word lemmas only when asked', () => {
  const wn = net();
  wn.synsets.get('00000005').words.push('fly in');
  const heads = [{ id: 'aid.ferry.v1', cameo: '073', lemmas: ['ferry', 'ferry'] }];
  const plain = candidates(heads, wn, new Set(['ferry']));
  assert.deepEqual(plain.map((c) => c.candidate), ['shuttle', 'airlift']);
  assert.ok(candidates(heads, wn, new Set(['ferry']), { multiword: true }).some((c) => c.candidate === 'fly in'));
});
