// Specification of wordnet-accept.mjs's pure functions, on WordNet lines written for this test.
// Run: node --test data/tools/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIndexEntry } from './wordnet-candidates.mjs';
import { parseLexicalSynset } from './wordnet-nouns.mjs';
import { BEGIN, END, parseAccepts, wordnetRelation, rowId, generatedLines, replaceBlock } from './wordnet-accept.mjs';

// jail#1 (synonym imprison, troponym intern) derives "jailing"; nothing derives "prison" from it.
const VERBS = [
  '00000001 41 v 02 jail 0 imprison 0 002 ~ 00000002 v 0000 + 00000011 n 0101 01 + 08 00 | lock up',
  '00000002 41 v 01 intern 0 000 01 + 08 00 | lock up in wartime',
];
const NOUNS = ['00000011 04 n 01 jailing 0 001 + 00000001 v 0101 | the act of locking up'];
const INDEX = ['jail v 1 1 ~ 1 1 00000001  ', 'imprison v 1 1 ~ 1 1 00000001  ', 'intern v 1 0 1 0 00000002  '];

function net() {
  const map = (lines, parse, key) => new Map(lines.map(parse).map((e) => [e[key], e]));
  return {
    verbIndex: map(INDEX, parseIndexEntry, 'lemma'), verbSynsets: map(VERBS, parseLexicalSynset, 'offset'),
    nounIndex: map(['jailing n 1 1 + 1 1 00000011  '], parseIndexEntry, 'lemma'), nounSynsets: map(NOUNS, parseLexicalSynset, 'offset'),
  };
}
const ROWS = [{ id: 'coerce.jail.v1', trigger: 'jail+', kind: 'verb', plover: 'COERCE', mode: 'arrest', cameo: '173', source: 'subject', target: '-' }];
const HEADS = [{ id: 'coerce.jail.v1', cameo: '173', lemmas: ['jail'] }];
const LIST = 'word\tkind\tfrom\tas\ttrigger\tsource\ttarget\treason\n# a comment\n'
  + 'intern\tverb\tcoerce.jail.v1\t\t\tsubject\t-\tinterning detains (173)\n'
  + 'jailing\tnoun\tcoerce.jail.v1\t\tjailing of\tmodifier\t-\ta jailing detains (173)\n';

test('parseAccepts reads the header and skips comments and blank lines', () => {
  const a = parseAccepts(LIST);
  assert.equal(a.length, 2);
  assert.deepEqual([a[0].word, a[0].as, a[0].trigger, a[1].trigger], ['intern', '', '', 'jailing of']);
});

test('wordnetRelation: a troponym or synonym of the head, a derived noun of it, null otherwise', () => {
  const [intern, jailing] = parseAccepts(LIST);
  assert.equal(wordnetRelation(intern, HEADS, net()), 'troponym of jail#1');
  assert.equal(wordnetRelation({ ...intern, word: 'imprison' }, HEADS, net()), 'synonym of jail#1');
  assert.equal(wordnetRelation(jailing, HEADS, net()), 'derived noun of jail#1');
  assert.equal(wordnetRelation({ ...jailing, word: 'prison' }, HEADS, net()), null);
  assert.equal(wordnetRelation({ ...intern, from: 'coerce.other.v1' }, HEADS, net()), null);
});

test('rowId: the family of the row coded as, wn- and the word, -noun for nouns', () => {
  assert.equal(rowId({ word: 'liaise', kind: 'verb' }, { id: 'consult.convene.v1' }), 'consult.wn-liaise.v1');
  assert.equal(rowId({ word: 'ill-treatment', kind: 'noun' }, { id: 'assault.maltreat.v1' }), 'assault.wn-ill-treatment-noun.v1');
});

test('generatedLines: a reason comment and a row taking the code of `as`; a word WordNet does not give is an error', () => {
  const lines = generatedLines(parseAccepts(LIST), ROWS, HEADS, net());
  assert.deepEqual(lines, [
    '# intern: interning detains (173) (WordNet: troponym of jail#1, coerce.jail.v1)',
    'coerce.wn-intern.v1\tintern+\tverb\tCOERCE\tarrest\t173\tsubject\t-',
    '# jailing: a jailing detains (173) (WordNet: derived noun of jail#1, coerce.jail.v1)',
    'coerce.wn-jailing-noun.v1\tjailing of\tnoun\tCOERCE\tarrest\t173\tmodifier\t-',
  ]);
  assert.throws(() => generatedLines(parseAccepts(LIST.replace('intern\t', 'prison\t')), ROWS, HEADS, net()), /prison/);
});

test('replaceBlock appends the block once, then replaces only what is between the markers', () => {
  const first = replaceBlock('id\ttrigger\nA\ta+\n', ['x']);
  assert.equal(first, `id\ttrigger\nA\ta+\n${BEGIN}\nx\n${END}\n`);
  const second = replaceBlock(`${first}B\tb+\n`, ['y', 'z']);
  assert.equal(second, `id\ttrigger\nA\ta+\n${BEGIN}\ny\nz\n${END}\nB\tb+\n`);
});
