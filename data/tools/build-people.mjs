// Builds data/people.tsv and data/roles.tsv from the hand-written office-holder lists
// data/sources/officeholders-*.txt (format described in data/README.md).
// Surname aliases are kept only when no other person, country or organisation uses the same form.
// Usage: node data/tools/build-people.mjs [--sources DIR] [--data DIR]

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTsv, writeTsv, list, joinUnique, parseArgs } from './lib/tsv.mjs';
import { slug } from './lib/slug.mjs';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const opts = parseArgs(process.argv.slice(2), { sources: join(dataDir, 'sources'), data: dataDir });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const people = [];
const files = readdirSync(opts.sources).filter((f) => /^officeholders-.*\.txt$/.test(f)).sort();
for (const file of files) {
  const lines = readFileSync(join(opts.sources, file), 'utf8').split('\n');
  lines.forEach((raw, n) => {
    const line = raw.trim();
    const where = `${file}:${n + 1}`;
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('@')) {
      const [name, gender, qid, surname, aliases] = line.slice(1).split('|').map((s) => s.trim());
      if (!/^(m|f|)$/.test(gender)) throw new Error(`${where}: gender must be m, f or empty`);
      if (qid && !/^Q\d+$/.test(qid)) throw new Error(`${where}: bad Wikidata id ${qid}`);
      people.push({ name, gender, id: qid || `local:${slug(name)}`, surname, aliases: aliases ? aliases.split(',').map((a) => a.trim()) : [], roles: [], where });
      return;
    }
    const m = /^([A-Z]{3}) ([A-Z]{3}) (\d{4}-\d{2}-\d{2}) (\d{4}-\d{2}-\d{2}|\.\.) (.+)$/.exec(line);
    if (!m || !people.length) throw new Error(`${where}: expected "COUNTRY SECTOR START END Title", got "${line}"`);
    const [, country, sector, start, end, title] = m;
    if (end !== '..' && !(DATE.test(end) && start <= end)) throw new Error(`${where}: end before start`);
    people.at(-1).roles.push({ country, sector, start, end: end === '..' ? '' : end, title });
  });
}

// Forms already taken by countries and organisations: a surname equal to one of them is dropped.
const taken = new Map();
const claim = (form, owner) => { const k = form.toLowerCase(); taken.set(k, taken.has(k) && taken.get(k) !== owner ? null : owner); };
for (const c of readTsv(join(opts.data, 'countries.tsv')).rows) for (const f of [c.name, ...list(c.aliases), ...list(c.demonyms), ...list(c.metonyms)]) claim(f, 'country');
for (const o of readTsv(join(opts.data, 'organisations.tsv')).rows) for (const f of [o.name, ...list(o.aliases)]) claim(f, 'org');
for (const p of people) for (const f of [p.name, ...p.aliases]) claim(f, p.id);
const surnameCount = new Map();
for (const p of people) if (p.surname) surnameCount.set(p.surname.toLowerCase(), (surnameCount.get(p.surname.toLowerCase()) ?? 0) + 1);
const dropped = [];
for (const p of people) {
  if (!p.surname) continue;
  const k = p.surname.toLowerCase();
  const owner = taken.get(k);
  if (surnameCount.get(k) > 1 || (owner !== undefined && owner !== p.id)) { dropped.push(`${p.surname} (${p.name})`); p.surname = ''; }
}

const seen = new Set();
const peopleRows = [];
const roleRows = [];
for (const p of people) {
  if (seen.has(p.id)) throw new Error(`${p.where}: duplicate person id ${p.id}`);
  seen.add(p.id);
  if (!p.roles.length) throw new Error(`${p.where}: ${p.name} has no roles`);
  peopleRows.push({ wikidata: p.id, name: p.name, aliases: joinUnique([...p.aliases, p.surname].filter((a) => a !== p.name)), gender: p.gender });
  for (const r of p.roles) roleRows.push({ wikidata: p.id, ...r });
}
writeTsv(join(opts.data, 'people.tsv'), ['wikidata', 'name', 'aliases', 'gender'], peopleRows);
writeTsv(join(opts.data, 'roles.tsv'), ['wikidata', 'country', 'sector', 'title', 'start', 'end'], roleRows);
console.log(`people.tsv: ${peopleRows.length} people (${peopleRows.filter((p) => p.wikidata.startsWith('Q')).length} with Wikidata ids); roles.tsv: ${roleRows.length} roles`);
if (dropped.length) console.log(`surname aliases dropped as ambiguous: ${dropped.join(', ')}`);
