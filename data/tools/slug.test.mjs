// Specification of lib/slug.mjs: local ids are readable ASCII, whatever the script of the name.
// Run: node --test data/tools/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slug } from './lib/slug.mjs';

test('accents are dropped', () => assert.equal(slug('Radosław Sikorski'), 'radoslaw-sikorski'));
test('letters NFD keeps whole are spelled out', () => {
  assert.equal(slug('Jonas Gahr Støre'), 'jonas-gahr-store');
  assert.equal(slug('Guðlaugur Þór Þórðarson'), 'gudlaugur-thor-thordarson');
  assert.equal(slug('Đoàn Văn Hậu'), 'doan-van-hau');
});
test('apostrophes join, other punctuation separates', () => {
  assert.equal(slug("Gideon Sa'ar"), 'gideon-saar');
  assert.equal(slug('Fiamē Naomi Mataʻafa'), 'fiame-naomi-mataafa');
  assert.equal(slug('A. K. Abdul Momen'), 'a-k-abdul-momen');
});
