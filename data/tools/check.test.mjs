// Specification of check.mjs: the shipped data passes, and each kind of corruption is reported.
// Run: node --test data/tools/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..');
const FILES = ['countries.tsv', 'gazetteer', 'organisations.tsv', 'people.tsv', 'roles.tsv', 'agents.tsv', 'ontology'];

function runCheck(dir) {
  const r = spawnSync(process.execPath, [join(here, 'check.mjs'), '--data', dir], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

/** Copies the data to a temp dir, applies `edit(text)` to one file, runs the checker. */
function checkWith(file, edit) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-kb-'));
  try {
    for (const f of FILES) cpSync(join(dataDir, f), join(dir, f), { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return runCheck(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('shipped data passes', () => {
  const r = runCheck(dataDir);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /all checks passed/);
});

const cases = [
  ['wrong header', 'agents.tsv', (t) => t.replace('phrase\tsector', 'phrase\tsectors'), /header must be exactly/],
  ['missing column', 'organisations.tsv', (t) => t.replace(/\nUN\t([^\n]*)\tQ1065\n/, '\nUN\t$1\n'), /columns, expected 6/],
  ['comment after header', 'agents.tsv', (t) => t + '# late comment\n', /comments are allowed only before the header/],
  ['duplicate iso3', 'countries.tsv', (t) => t.replace('\nAFG\tAF\t', '\nABW\tAF\t'), /duplicate iso3 "ABW"/],
  ['unknown country code', 'organisations.tsv', (t) => t.replace(/(\nHAMAS\t[^\t]*\t[^\t]*\t)PSE/, '$1XYZ'), /country "XYZ" is not an ISO alpha-3/],
  ['role ends before it starts', 'roles.tsv', (t) => t.replace('Q324546\tUSA\tLEG\tSenator\t2011-01-03\t2025-01-20', 'Q324546\tUSA\tLEG\tSenator\t2011-01-03\t2010-01-20'), /is before start/],
  ['malformed date', 'roles.tsv', (t) => t.replace('\t2025-01-21\t', '\t2025-1-21\t'), /must be YYYY-MM-DD/],
  ['role for unknown person', 'roles.tsv', (t) => t + 'Q999999999\tUSA\tGOV\tPresident\t2020-01-01\t\n', /not in people.tsv/],
  ['alias naming two countries', 'countries.tsv', (t) => t.replace('\tFRA\tFR\tFrance\tFrench Republic\t', '\tFRA\tFR\tFrance\tFrench Republic|Russia\t').replace('\nFRA\tFR\tFrance\tFrench Republic', '\nFRA\tFR\tFrance\tFrench Republic|Russia'), /country form "Russia" also names/],
  ['duplicate person id', 'people.tsv', (t) => t + t.split('\n').find((l) => l.startsWith('Q22686\t')) + '\n', /duplicate wikidata "Q22686"/],
  ['quad inconsistent with root', 'ontology/cameo.tsv', (t) => t.replace(/\n190\t([^\t]*)\t([^\t]*)\t4\t/, '\n190\t$1\t$2\t1\t'), /quad 1 should be 4/],
];
for (const [name, file, edit, expected] of cases) {
  test(`reports ${name}`, () => {
    const r = checkWith(file, edit);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, expected);
  });
}
