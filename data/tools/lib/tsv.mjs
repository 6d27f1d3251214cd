// Shared helpers for the knowledge-base build scripts: strict TSV reading/writing and ISO code maps.
import { readFileSync, writeFileSync } from 'node:fs';

/** Reads a TSV file: leading `#` comment lines, one header line, then rows. Throws on malformed rows. */
export function readTsv(path, expectedHeader) {
  const lines = readFileSync(path, 'utf8').split('\n');
  let i = 0;
  while (i < lines.length && lines[i].startsWith('#')) i++;
  const header = lines[i++]?.split('\t') ?? [];
  if (expectedHeader && header.join('\t') !== expectedHeader.join('\t')) {
    throw new Error(`${path}: header is "${header.join('\\t')}", expected "${expectedHeader.join('\\t')}"`);
  }
  const rows = [];
  for (; i < lines.length; i++) {
    if (lines[i] === '') continue;
    const cells = lines[i].split('\t');
    if (cells.length !== header.length) throw new Error(`${path}:${i + 1}: ${cells.length} cells, expected ${header.length}`);
    rows.push(Object.fromEntries(header.map((h, k) => [h, cells[k]])));
  }
  return { header, rows };
}

/** Writes rows (objects) under the header; refuses cells containing tabs or newlines. */
export function writeTsv(path, header, rows, comments = []) {
  const out = comments.map((c) => `# ${c}`);
  out.push(header.join('\t'));
  for (const row of rows) {
    const cells = header.map((h) => String(row[h] ?? ''));
    for (const c of cells) if (/[\t\r\n]/.test(c)) throw new Error(`cell with tab/newline: ${JSON.stringify(c)}`);
    out.push(cells.join('\t'));
  }
  writeFileSync(path, out.join('\n') + '\n');
  return rows.length;
}

/** Splits a `|` list cell; empty cell = empty list. */
export const list = (cell) => (cell ? cell.split('|') : []);

/** Joins unique, non-empty values in first-seen order. */
export function joinUnique(values) {
  const seen = new Set();
  const out = [];
  for (const v of values) if (v && !seen.has(v)) { seen.add(v); out.push(v); }
  return out.join('|');
}

const ISO_PATH = '/usr/share/iso-codes/json/iso_3166-1.json';

/** ISO 3166-1 entries from Debian's iso-codes, plus Kosovo (user-assigned XK/XKX, used by GeoNames). */
export function isoCountries(path = ISO_PATH) {
  const list = JSON.parse(readFileSync(path, 'utf8'))['3166-1'];
  const out = list.map((c) => ({ alpha2: c.alpha_2, alpha3: c.alpha_3, name: c.common_name ?? c.name }));
  out.push({ alpha2: 'XK', alpha3: 'XKX', name: 'Kosovo' });
  return out;
}

/** Map ISO alpha-2 -> alpha-3. */
export const alpha2To3 = (path) => new Map(isoCountries(path).map((c) => [c.alpha2, c.alpha3]));

/** Parses `--name value` command-line options into an object. */
export function parseArgs(argv, defaults) {
  const opts = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)$/.exec(argv[i]);
    if (!m || i + 1 >= argv.length) throw new Error(`bad argument ${argv[i]}; options: ${Object.keys(defaults).map((k) => '--' + k).join(' ')}`);
    opts[m[1]] = argv[++i];
  }
  return opts;
}
