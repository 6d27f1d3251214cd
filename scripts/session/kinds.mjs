// Pools the kinds lines of `parley eval cameo` reports (why gold events were missed and predictions false):
//   node scripts/session/kinds.mjs REPORT...
// Sums "missed by kind", "false by kind", "no event, by gold root", "trigger unused, because" and "wrong root, gold > coded".
import { readFileSync } from "node:fs";

const lines = ["missed by kind", "false by kind", "no event, by gold root", "trigger unused, because", "wrong root, gold > coded"];
const totals = new Map(lines.map((l) => [l, new Map()]));
const files = process.argv.slice(2);
if (!files.length) { console.error("usage: node scripts/session/kinds.mjs REPORT..."); process.exit(2); }
for (const file of files) {
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    const key = lines.find((l) => line.startsWith(l));
    if (!key) continue;
    let rest = line.slice(key.length);
    if (rest.includes(":") && key !== "wrong root, gold > coded") rest = rest.slice(rest.indexOf(":") + 1);
    for (const part of rest.replace(/\(.*?\)/g, "").split(",")) {
      const m = part.match(/^\s*(.+?)\s+(\d+)\s*$/);
      if (m) totals.get(key).set(m[1], (totals.get(key).get(m[1]) ?? 0) + Number(m[2]));
    }
  }
}
for (const [key, counts] of totals) {
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, n]) => `${k} ${n}`);
  console.log(`${key}: ${top.join(", ")}`);
}
