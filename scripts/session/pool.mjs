// Pools the summary lines of `parley eval cameo` reports: node pool.mjs REPORT...
// Prints found (root + dyad), strict found and false predictions summed over the reports.
import { readFileSync } from "node:fs";

const files = process.argv.slice(2);
let found = 0, gold = 0, strict = 0, falsePred = 0, pred = 0;
for (const f of files) {
  const t = readFileSync(f, "utf8");
  const m = t.match(/found \(root \+ dyad\)\s+\S+ \((\d+)\/(\d+)\)/);
  const s = t.match(/found, strict targets\s+\S+ \((\d+)\//);
  const p = t.match(/false predictions\s+\S+ \((\d+)\/(\d+)\)/);
  if (!m || !s || !p) { console.error(`${f}: not an eval cameo report`); process.exit(1); }
  found += +m[1]; gold += +m[2]; strict += +s[1]; falsePred += +p[1]; pred += +p[2];
}
const pct = (a, b) => (100 * a / b).toFixed(1) + "%";
console.log(`${files.length} sets: found ${pct(found, gold)} (${found}/${gold}), strict ${strict}, false ${pct(falsePred, pred)} (${falsePred}/${pred})`);
