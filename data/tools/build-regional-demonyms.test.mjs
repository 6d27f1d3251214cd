// Specification of build-regional-demonyms.mjs: regular demonyms of first-level divisions, one country each.
// Run: node --test data/tools/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demonymOf, candidates } from './build-regional-demonyms.mjs';

test('English forms the demonym from the ending', () => {
  assert.equal(demonymOf('Okinawa'), 'Okinawan');
  assert.equal(demonymOf('Bavaria'), 'Bavarian');
  assert.equal(demonymOf('Sicily'), 'Sicilian');
  assert.equal(demonymOf('Texas'), 'Texan');
});

test('names with no regular form give none', () => {
  assert.equal(demonymOf('Quebec'), null);
  assert.equal(demonymOf('New South Wales'), null);
  assert.equal(demonymOf('Gilgit-Baltistan'), null);
});

const row = (name, country, feature = 'admin1') => ({ name, country, feature });

test('reviewed-out words and non-divisions are dropped', () => {
  const out = candidates([row('Victoria', 'AUS'), row('Crimea', 'UKR'), row('Sardinia', 'ITA'), row('Middle East', '', 'region'), row('Arabia', '', 'region')]);
  assert.deepEqual(out.map((c) => c.demonym), ['Sardinian']);
});

test('a demonym two countries share is nobody\'s', () => {
  const out = candidates([row('Limburgia', 'NLD'), row('Limburgia', 'BEL'), row('Okinawa', 'JPN')]);
  assert.deepEqual(out, [{ demonym: 'Okinawan', region: 'Okinawa', country: 'JPN' }]);
});
