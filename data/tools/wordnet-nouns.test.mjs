// Specification of wordnet-nouns.mjs's pure functions, on WordNet lines written for this test.
// Run: node --test data/tools/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIndexEntry } from './wordnet-candidates.mjs';
import { parseLexicalSynset, senseRank, nounRowLemmas, derivedNouns } from './wordnet-nouns.mjs';

// A small net in WordNet 3.0's layout: "+" pointers carry "sstt" (source word, target word, hex, 1-based).
const VERBS = [
  // jail#1 and its synonym imprison: jail's own "+" goes to "jailing", imprison's to "imprisonment"
  '00000001 41 v 02 jail 0 imprison 0 003 + 00000011 n 0101 + 00000012 n 0201 + 00000013 n 0101 01 + 08 00 | lock up',
  // rebuke#1: a derived act noun and a derived person noun
  '00000002 32 v 01 rebuke 0 002 + 00000014 n 0101 + 00000015 n 0101 01 + 08 00 | criticize severely',
  // rebuke#2, untagged
  '00000003 32 v 01 rebuke 0 001 + 00000016 n 0101 01 + 08 00 | turn away',
];
const NOUNS = [
  '00000011 04 n 01 jailing 0 001 + 00000001 v 0101 | the act of locking up',
  '00000012 04 n 01 imprisonment 0 001 + 00000001 v 0102 | the act of confining',
  '00000013 15 n 01 jail 0 001 + 00000001 v 0101 | a place of confinement',
  '00000014 10 n 01 rebuke 0 001 + 00000002 v 0101 | an act of sharp criticism',
  '00000015 18 n 01 rebuker 0 001 + 00000002 v 0101 | one who rebukes',
  '00000016 04 n 01 rebuff 0 001 + 00000003 v 0101 | a turning away',
];
const VERB_INDEX = ['jail v 1 1 + 1 1 00000001  ', 'imprison v 1 1 + 1 1 00000001  ', 'rebuke v 2 1 + 2 1 00000002 00000003  '];
const NOUN_INDEX = ['jailing n 1 1 + 1 0 00000011  ', 'jail n 1 1 + 1 1 00000013  ', 'rebuke n 1 1 + 1 1 00000014  ',
  'rebuker n 1 1 + 1 0 00000015  ', 'imprisonment n 1 1 + 1 1 00000012  ', 'rebuff n 1 1 + 1 0 00000016  '];

function net() {
  const map = (lines, parse, key) => new Map(lines.map(parse).map((e) => [e[key], e]));
  return {
    verbIndex: map(VERB_INDEX, parseIndexEntry, 'lemma'), verbSynsets: map(VERBS, parseLexicalSynset, 'offset'),
    nounIndex: map(NOUN_INDEX, parseIndexEntry, 'lemma'), nounSynsets: map(NOUNS, parseLexicalSynset, 'offset'),
  };
}

test('parseLexicalSynset keeps the lexicographer file and each pointer\'s source and target word', () => {
  const s = parseLexicalSynset(VERBS[0]);
  assert.deepEqual(s.words, ['jail', 'imprison']);
  assert.equal(s.lexfile, '41'); // only the noun files are named
  assert.deepEqual(s.pointers[1], { symbol: '+', offset: '00000012', pos: 'n', source: 2, target: 1 });
  assert.equal(parseLexicalSynset(NOUNS[0]).lexfile, 'act');
  assert.equal(parseLexicalSynset(NOUNS[4]).lexfile, 'person');
});

test('senseRank: the synset\'s place among the noun\'s senses, 0 when absent', () => {
  const wn = net();
  assert.equal(senseRank(wn.nounIndex, 'jail', '00000013'), 1);
  assert.equal(senseRank(wn.nounIndex, 'jail', '00000011'), 0);
});

test('nounRowLemmas: only the words of coding noun rows (a verb row or a blocker names no act noun)', () => {
  const covered = nounRowLemmas([
    { trigger: 'arrest+|detain+', kind: 'verb', plover: 'COERCE' },
    { trigger: 'detention centre', kind: 'noun', plover: 'NONE' },
    { trigger: 'rebuke+|reprimand of', kind: 'noun', plover: 'ACCUSE' },
  ]);
  assert.deepEqual([...covered].sort(), ['of', 'rebuke', 'reprimand']);
});

test('derivedNouns: the head lemma\'s own "+" nouns, not its synonym\'s, with rank and kind', () => {
  const found = derivedNouns([{ id: 'coerce.jail.v1', cameo: '173', lemmas: ['jail'] }], net(), new Set());
  assert.deepEqual(found.map((c) => [c.noun, c.verb, c.lexfile, c.nounSense]), [['jailing', 'jail#1', 'act', 1], ['jail', 'jail#1', 'location', 1]]);
  assert.equal(found[0].cameo, '173');
});

test('derivedNouns: covered nouns and their plurals, doers and untagged later senses are left out', () => {
  const heads = [{ id: 'accuse.rebuke.v1', cameo: '111', lemmas: ['rebuke'] }];
  const wn = net();
  assert.deepEqual(derivedNouns(heads, wn, new Set()).map((c) => c.noun), ['rebuke']);
  assert.deepEqual(derivedNouns(heads, wn, new Set(['rebukes'])).map((c) => c.noun), []);
  assert.deepEqual(derivedNouns(heads, wn, new Set(), { people: true }).map((c) => c.noun), ['rebuke', 'rebuker']);
  wn.verbIndex.get('rebuke').tagged = 2;
  assert.deepEqual(derivedNouns(heads, wn, new Set()).map((c) => [c.noun, c.verb]), [['rebuke', 'rebuke#1'], ['rebuff', 'rebuke#2']]);
});
