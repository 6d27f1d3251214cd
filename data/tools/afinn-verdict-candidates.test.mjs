// Specification of afinn-verdict-candidates.mjs's pure functions, on WordNet lines written for this test.
// Run: node --test data/tools/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIndex, synsetAt, listedWords, candidates } from './afinn-verdict-candidates.mjs';

// Two invented index lines and one data line in WordNet's layout (lemma pos senses pointers ... offsets).
const INDEX = '  1 This software and database is provided\ntreasonous a 1 1 & 1 0 00000000\nsad a 1 1 & 1 1 00000040\n';
const DATA = Buffer.from('00000000 00 s 01 treasonous 0 000 | having the character of treason\n'.padEnd(64, ' ') + '\n');

test('parseIndex maps each lemma to its first sense and skips the licence header', () => {
  const lemmas = parseIndex(INDEX);
  assert.equal(lemmas.get('treasonous'), '00000000');
  assert.equal(lemmas.size, 2);
});

test('synsetAt reads the lexicographer file and the gloss at an offset', () => {
  assert.deepEqual(synsetAt(DATA, '00000000'), { lexfile: 0, gloss: 'having the character of treason' });
});

test('listedWords gathers every word of every list, without "+" marks, and skips comments and the header', () => {
  const words = listedWords('# a comment\nlist\twords\nlabel-verb\tcall+|brand+\nnegative-adjective\tunfair|illegal\n');
  assert.deepEqual([...words].sort(), ['brand', 'call', 'illegal', 'unfair']);
});

test('candidates keep rated words WordNet knows in a wanted part of speech and leave listed and milder words out', () => {
  const afinn = { treasonous: -3, sad: -2, unfair: -2, bland: -1, 'cool stuff': -3 };
  const rows = candidates(afinn, { adj: parseIndex(INDEX) }, { adj: DATA }, new Set(['unfair']), -2, ['adj']);
  assert.deepEqual(rows.map(r => r[0]), ['treasonous', 'sad']);
  assert.equal(rows[0][3], 'adj.all');
});
