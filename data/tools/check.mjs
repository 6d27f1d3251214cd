// Validates every knowledge-base file under data/: exact headers, column counts, identifiers, codes,
// dates and cross-references. Prints sizes and row counts; exits 1 listing every problem found.
// Usage: node data/tools/check.mjs [--data DIR]
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './lib/tsv.mjs';

const opts = parseArgs(process.argv.slice(2), { data: join(dirname(fileURLToPath(import.meta.url)), '..') });
const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

const FILES = {
  'countries.tsv': 'iso3 iso2 name aliases demonyms capital capital_geonameid metonyms lat lon',
  'gazetteer/cities.tsv': 'geonameid name altnames country admin1 lat lon population feature',
  'gazetteer/regions.tsv': 'geonameid name aliases feature country lat lon',
  'gazetteer/divisions.tsv': 'geonameid name aliases feature country lat lon',
  'organisations.tsv': 'id name aliases country sector wikidata',
  'people.tsv': 'wikidata name aliases gender',
  'roles.tsv': 'wikidata country sector title start end',
  'agents.tsv': 'phrase sector kind country',
  'ontology/cameo.tsv': 'code name goldstein quad plover mode',
  'ontology/plover.tsv': 'type modes description',
};
const SECTORS = new Set('GOV MIL LEG JUD COP SPY REB OPP CVL BUS MED EDU REL HLH IGO NGO'.split(' '));
const INTERNATIONAL = new Set(['IGO', 'NGO', 'MNC', 'IMG']);
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const COORD = /^-?\d{1,3}\.\d{4}$/;

/** Parses one file strictly; returns rows as objects with a `where` locator. */
function load(rel) {
  const path = join(opts.data, rel);
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.at(-1) !== '') fail(rel, 'must end with a newline');
  else lines.pop();
  let i = 0;
  while (i < lines.length && lines[i].startsWith('#')) i++;
  const header = FILES[rel].split(' ');
  if (lines[i] !== header.join('\t')) fail(`${rel}:${i + 1}`, `header must be exactly "${header.join('\\t')}"`);
  const rows = [];
  for (let n = i + 1; n < lines.length; n++) {
    const where = `${rel}:${n + 1}`;
    const line = lines[n];
    if (line.startsWith('#')) { fail(where, 'comments are allowed only before the header'); continue; }
    if (line.includes('\r')) fail(where, 'carriage return in line');
    const cells = line.split('\t');
    if (cells.length !== header.length) { fail(where, `${cells.length} columns, expected ${header.length}`); continue; }
    for (const c of cells) {
      if (c !== c.trim()) fail(where, `cell "${c}" has surrounding spaces`);
      if (c.startsWith('"')) fail(where, `cell "${c}" is quoted`);
      if (c.split('|').some((part) => c !== '' && part.trim() === '')) fail(where, `cell "${c}" has an empty list item`);
    }
    rows.push({ ...Object.fromEntries(header.map((h, k) => [h, cells[k]])), where });
  }
  return { rows, bytes: statSync(path).size };
}
const list = (cell) => (cell ? cell.split('|') : []);
function unique(rows, key, rel, allowZero = false) {
  const seen = new Map();
  for (const r of rows) {
    const v = r[key];
    if (allowZero && v === '0') continue;
    if (seen.has(v)) fail(r.where, `duplicate ${key} "${v}" (first at ${seen.get(v)})`);
    else seen.set(v, r.where);
  }
}
/** Every surface form must name one owner only (case-insensitive). */
function uniqueForms(rows, owner, columns, what) {
  const seen = new Map();
  for (const r of rows) for (const col of columns) for (const form of list(r[col])) {
    const k = form.toLowerCase();
    const prev = seen.get(k);
    if (prev && prev.owner !== r[owner]) fail(r.where, `${what} "${form}" also names ${prev.owner} (${prev.where})`);
    else if (!prev) seen.set(k, { owner: r[owner], where: r.where });
  }
}
const checkCoord = (r) => {
  if (!COORD.test(r.lat) || Math.abs(Number(r.lat)) > 90) fail(r.where, `lat "${r.lat}" must be decimal degrees with 4 decimals`);
  if (!COORD.test(r.lon) || Math.abs(Number(r.lon)) > 180) fail(r.where, `lon "${r.lon}" must be decimal degrees with 4 decimals`);
};

const data = Object.fromEntries(Object.keys(FILES).map((rel) => [rel, load(rel)]));

// countries
const countries = data['countries.tsv'].rows;
const ISO3 = new Set(countries.map((c) => c.iso3));
unique(countries, 'iso3', 'countries'); unique(countries, 'iso2', 'countries');
for (const c of countries) {
  if (!/^[A-Z]{3}$/.test(c.iso3)) fail(c.where, `bad iso3 "${c.iso3}"`);
  if (!/^[A-Z]{2}$/.test(c.iso2)) fail(c.where, `bad iso2 "${c.iso2}"`);
  if (!c.name) fail(c.where, 'empty name');
  if (!/^\d+$/.test(c.capital_geonameid)) fail(c.where, `capital_geonameid "${c.capital_geonameid}" must be an integer`);
  if (c.capital && c.capital_geonameid === '0') fail(c.where, `capital ${c.capital} has no GeoNames id`);
  checkCoord(c);
}
uniqueForms(countries, 'iso3', ['name', 'aliases', 'demonyms', 'metonyms'], 'country form');
const validCountry = (code, where, allowInternational) => {
  if (ISO3.has(code) || (allowInternational && INTERNATIONAL.has(code))) return;
  fail(where, `country "${code}" is not an ISO alpha-3 code in countries.tsv${allowInternational ? ' nor IGO/NGO/MNC/IMG' : ''}`);
};

// gazetteer
const cities = data['gazetteer/cities.tsv'].rows;
unique(cities, 'geonameid', 'cities');
let prevId = -1;
for (const c of cities) {
  if (!/^\d+$/.test(c.geonameid)) fail(c.where, `geonameid "${c.geonameid}" must be an integer`);
  else if (Number(c.geonameid) <= prevId) fail(c.where, 'rows must be sorted by geonameid');
  prevId = Number(c.geonameid);
  validCountry(c.country, c.where, false);
  if (!/^\d+$/.test(c.population)) fail(c.where, `population "${c.population}" must be an integer`);
  if (c.feature !== 'city') fail(c.where, `feature "${c.feature}" must be city`);
  checkCoord(c);
}
const cityIds = new Set(cities.map((c) => c.geonameid));
for (const c of countries) if (c.capital && !cityIds.has(c.capital_geonameid)) fail(c.where, `capital id ${c.capital_geonameid} is not in cities.tsv`);
const regions = data['gazetteer/regions.tsv'].rows;
unique(regions, 'geonameid', 'regions', true);
unique(regions.map((r) => ({ ...r, key: r.name.toLowerCase() })), 'key', 'regions');
for (const r of regions) {
  if (!/^\d+$/.test(r.geonameid)) fail(r.where, `geonameid "${r.geonameid}" must be an integer (0 = unknown)`);
  if (!['admin1', 'region', 'sea', 'other'].includes(r.feature)) fail(r.where, `feature "${r.feature}" must be admin1, region, sea or other`);
  if (r.country) validCountry(r.country, r.where, false);
  if (r.feature === 'admin1' && !r.country) fail(r.where, 'admin1 rows need a country');
  checkCoord(r);
}
uniqueForms(regions, 'name', ['name', 'aliases'], 'region form');
// divisions.tsv (generated): first-level divisions regions.tsv lacks, none of them named as a region is.
const divisions = data['gazetteer/divisions.tsv'].rows;
const regionForms = new Set(regions.flatMap((r) => [r.name, ...(r.aliases ? r.aliases.split('|') : [])]).map((n) => n.toLowerCase()));
for (const d of divisions) {
  if (d.feature !== 'admin1') fail(d.where, `feature "${d.feature}" must be admin1`);
  validCountry(d.country, d.where, false);
  for (const n of [d.name, ...(d.aliases ? d.aliases.split('|') : [])]) if (regionForms.has(n.toLowerCase())) fail(d.where, `"${n}" is also in regions.tsv`);
  checkCoord(d);
}
uniqueForms(divisions, 'name', ['name', 'aliases'], 'division form');

// organisations
const orgs = data['organisations.tsv'].rows;
unique(orgs, 'id', 'organisations');
for (const o of orgs) {
  if (!/^[A-Z0-9]+(-[A-Z0-9]+)*$/.test(o.id)) fail(o.where, `id "${o.id}" must be upper-case letters, digits and hyphens`);
  validCountry(o.country, o.where, true);
  if (o.sector && !SECTORS.has(o.sector)) fail(o.where, `unknown sector "${o.sector}"`);
  if (o.wikidata && !/^Q\d+$/.test(o.wikidata)) fail(o.where, `wikidata "${o.wikidata}" must be a Q-id`);
}
unique(orgs.filter((o) => o.wikidata), 'wikidata', 'organisations');
uniqueForms(orgs, 'id', ['name', 'aliases'], 'organisation form');
// A surface form may not name both a country and an organisation ("Brussels" is the EU's, not Belgium's).
const countryForms = new Map();
for (const c of countries) for (const col of ['name', 'aliases', 'demonyms', 'metonyms']) for (const f of list(c[col])) countryForms.set(f.toLowerCase(), c.iso3);
for (const o of orgs) for (const f of [o.name, ...list(o.aliases)]) {
  const iso = countryForms.get(f.toLowerCase());
  if (iso) fail(o.where, `organisation form "${f}" also names country ${iso}`);
}

// people and roles
const people = data['people.tsv'].rows;
unique(people, 'wikidata', 'people');
for (const p of people) {
  if (!/^(Q\d+|local:[a-z0-9]+(-[a-z0-9]+)*)$/.test(p.wikidata)) fail(p.where, `id "${p.wikidata}" must be a Q-id or local:slug`);
  if (!['m', 'f', ''].includes(p.gender)) fail(p.where, `gender "${p.gender}" must be m, f or empty`);
  if (!p.name) fail(p.where, 'empty name');
}
uniqueForms(people, 'wikidata', ['name', 'aliases'], 'person form');
const personIds = new Set(people.map((p) => p.wikidata));
const roles = data['roles.tsv'].rows;
const withRoles = new Set();
for (const r of roles) {
  if (!personIds.has(r.wikidata)) fail(r.where, `person ${r.wikidata} is not in people.tsv`);
  withRoles.add(r.wikidata);
  validCountry(r.country, r.where, true);
  if (!SECTORS.has(r.sector)) fail(r.where, `unknown sector "${r.sector}"`);
  if (!r.title) fail(r.where, 'empty title');
  if (!DATE.test(r.start)) fail(r.where, `start "${r.start}" must be YYYY-MM-DD`);
  if (r.end && !DATE.test(r.end)) fail(r.where, `end "${r.end}" must be YYYY-MM-DD or empty`);
  if (r.end && r.end < r.start) fail(r.where, `end ${r.end} is before start ${r.start}`);
}
for (const p of people) if (!withRoles.has(p.wikidata)) fail(p.where, `${p.name} has no role in roles.tsv`);

// agents
const agents = data['agents.tsv'].rows;
unique(agents.map((a) => ({ ...a, key: `${a.phrase.toLowerCase()}/${a.kind}` })), 'key', 'agents');
for (const a of agents) {
  if (!['agent', 'title'].includes(a.kind)) fail(a.where, `kind "${a.kind}" must be agent or title`);
  if (a.sector && !SECTORS.has(a.sector)) fail(a.where, `unknown sector "${a.sector}"`);
  if (a.country) validCountry(a.country, a.where, true); // "press freedom groups" are NGO wherever they work
  if (!a.phrase) fail(a.where, 'empty phrase');
}

// ontology
const plover = data['ontology/plover.tsv'].rows;
const TYPES = new Set(plover.map((p) => p.type));
if (plover.length !== 16) fail('ontology/plover.tsv', `expected 16 PLOVER types, found ${plover.length}`);
const cameo = data['ontology/cameo.tsv'].rows;
unique(cameo, 'code', 'cameo');
const codes = new Set(cameo.map((c) => c.code));
for (const c of cameo) {
  if (!/^\d{2,4}$/.test(c.code)) fail(c.where, `code "${c.code}" must have 2-4 digits`);
  const root = Number(c.code.slice(0, 2));
  if (root < 1 || root > 20) fail(c.where, `root ${root} outside 01-20`);
  if (c.code.length > 2 && !codes.has(c.code.slice(0, c.code.length - 1))) fail(c.where, `parent ${c.code.slice(0, -1)} missing`);
  const g = Number(c.goldstein);
  if (!/^-?\d+\.\d$/.test(c.goldstein) || g < -10 || g > 10) fail(c.where, `goldstein "${c.goldstein}" must be -10.0..10.0`);
  const quad = root <= 5 ? '1' : root <= 8 ? '2' : root <= 13 ? '3' : '4';
  if (c.quad !== quad) fail(c.where, `quad ${c.quad} should be ${quad}`);
  if (c.plover && !TYPES.has(c.plover)) fail(c.where, `unknown PLOVER type "${c.plover}"`);
  if (c.mode && (!c.plover || !list(plover.find((p) => p.type === c.plover)?.modes).includes(c.mode))) fail(c.where, `mode "${c.mode}" not listed for ${c.plover}`);
  if (!c.name) fail(c.where, 'empty name');
}

console.log('file                      bytes     rows');
for (const [rel, { rows, bytes }] of Object.entries(data)) console.log(`${rel.padEnd(24)}${String(bytes).padStart(9)}${String(rows.length).padStart(9)}`);
if (errors.length) {
  console.error(`\n${errors.length} problem(s):\n${errors.slice(0, 200).join('\n')}`);
  process.exit(1);
}
console.log('all checks passed');
