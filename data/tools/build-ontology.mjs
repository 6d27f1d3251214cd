// Builds data/ontology/cameo.tsv (every CAMEO code: name, Goldstein value, QuadClass, PLOVER type and mode)
// and data/ontology/plover.tsv (the 16 PLOVER event types with their modes).
// Inputs: the Goldstein table (cameo<TAB>goldstein), the CAMEO->PLOVER 2021 conversion table, and the
// hand-written data/sources/cameo-names.tsv and data/sources/plover-types.tsv.
// Usage: node data/tools/build-ontology.mjs --goldstein PATH --plover PATH [--out DIR]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTsv, writeTsv, parseArgs } from './lib/tsv.mjs';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const opts = parseArgs(process.argv.slice(2), {
  goldstein: '/work/shared/datasets/cameo/goldstein.tsv',
  plover: '/work/shared/datasets/plover/CAMEO2PLOVER-2021.txt',
  out: join(dataDir, 'ontology'),
});

const types = readTsv(join(dataDir, 'sources/plover-types.tsv'), ['type', 'description']).rows;
const TYPES = new Set(types.map((t) => t.type));

// Conversion table lines look like "0841: RETREAT, release,   legal # comment"; two-digit lines are section roots.
const mapping = new Map();
const rootType = new Map();
for (const raw of readFileSync(opts.plover, 'utf8').split('\n')) {
  const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?/.exec(raw);
  if (!m) continue;
  const [, code, type, modeCell = ''] = m;
  if (!TYPES.has(type)) throw new Error(`${opts.plover}: unknown PLOVER type ${type} for ${code}`);
  // A mode is a short lower-case word; cells holding a context (with "_") are not modes.
  const mode = modeCell.trim();
  const cleanMode = /^[a-z-]+$/.test(mode) ? mode : '';
  if (code.length === 2) { if (!rootType.has(code)) rootType.set(code, type); continue; }
  if (!mapping.has(code)) mapping.set(code, { type, mode: cleanMode });
}

// CAMEO 02 (appeal) has no rows in the table: PLOVER folds appeals into REQUEST, so each 02x code takes the
// type and mode of its 10x counterpart (021 -> 101, 0254 -> 1054). CAMEO 01 (public statement) has no PLOVER type.
const ploverOf = (code) => {
  if (mapping.has(code)) return mapping.get(code);
  if (code.startsWith('02') && code.length > 2) {
    const twin = mapping.get('10' + code.slice(2));
    if (twin) return { type: 'REQUEST', mode: twin.mode };
  }
  if (code.length === 2) return { type: rootType.get(code) ?? (code === '02' ? 'REQUEST' : ''), mode: '' };
  if (code.startsWith('01')) return { type: '', mode: '' };
  return null;
};

const quad = (code) => { const r = Number(code.slice(0, 2)); return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4; };
const names = new Map(readTsv(join(dataDir, 'sources/cameo-names.tsv'), ['code', 'name']).rows.map((r) => [r.code, r.name]));
const gold = readTsv(opts.goldstein, ['cameo', 'goldstein']).rows;
const rows = [];
const problems = [];
for (const g of gold) {
  const code = g.cameo;
  const name = names.get(code);
  if (!name) problems.push(`no name for ${code}`);
  const p = ploverOf(code);
  if (!p) problems.push(`no PLOVER mapping for ${code}`);
  rows.push({ code, name, goldstein: Number(g.goldstein).toFixed(1), quad: quad(code), plover: p?.type ?? '', mode: p?.mode ?? '' });
  names.delete(code);
}
for (const code of names.keys()) problems.push(`name for unknown code ${code}`);
if (problems.length) throw new Error(problems.join('\n'));
rows.sort((a, b) => (a.code.padEnd(4, ' ') < b.code.padEnd(4, ' ') ? -1 : 1));
writeTsv(join(opts.out, 'cameo.tsv'), ['code', 'name', 'goldstein', 'quad', 'plover', 'mode'], rows);

const modes = new Map(types.map((t) => [t.type, new Set()]));
for (const r of rows) if (r.plover && r.mode) modes.get(r.plover).add(r.mode);
const ploverRows = types.map((t) => ({ type: t.type, modes: [...modes.get(t.type)].sort().join('|'), description: t.description }));
writeTsv(join(opts.out, 'plover.tsv'), ['type', 'modes', 'description'], ploverRows);
console.log(`cameo.tsv: ${rows.length} codes (${rows.filter((r) => !r.plover).length} without PLOVER type); plover.tsv: ${ploverRows.length} types`);
