// Specification of build-pos-lexicon.mjs: what the guesser gives is left out of the lexicon.
// Run: node --test data/tools/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guess, rows } from './build-pos-lexicon.mjs';

test('the guesser reads shape and ending (as PosGuesser.cs does)', () => {
  assert.equal(guess('F-35'), 'CD');
  assert.equal(guess('Zubrovka'), 'NNP');
  assert.equal(guess('cross-border'), 'JJ');
  assert.equal(guess('shelling'), 'VBG');
  assert.equal(guess('shelled'), 'VBD');
  assert.equal(guess('quickly'), 'RB');
  assert.equal(guess('flarbification'), 'NN');
  assert.equal(guess('glorious'), 'JJ');
  assert.equal(guess('drones'), 'NNS');
  assert.equal(guess('address'), 'NN');
  assert.equal(guess('fire'), 'NN');
});

test('words whose one tag is the guess are dropped; names shadowing a lower-case word stay', () => {
  const out = rows({ talks: ['NNS', 'VBZ'], quickly: ['RB'], Kowalski: ['NNP'], Bush: ['NNP'], bush: ['NN'], '1,500': ['CD'], the: ['DT', 'VBD', 'NN|DT', 'IN'] });
  assert.deepEqual(out, [
    { word: 'Bush', tags: 'NNP' },
    { word: 'talks', tags: 'NNS|VBZ' },
    { word: 'the', tags: 'DT|VBD|NN' },
  ]);
});
