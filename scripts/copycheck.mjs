#!/usr/bin/env node
// copycheck.mjs SOURCE... [--words N]: lines of the repository's tracked text files that share N (default 7)
// consecutive words with any of the SOURCE texts (the seed article, the VOA corpus, an evaluation set: plain text, or
// JSON Lines whose "text" fields are read). The ground rule: every sentence in the repository is written by us.
// Names of organisations and offices may share seven words with a story; sentences should not.
// Example: node scripts/copycheck.mjs ../shared/seed/kuala-lumpur-meeting.txt ../shared/corpora/voa/voa_stories.jsonl
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
const at = args.indexOf('--words');
const n = at >= 0 ? Number(args.splice(at, 2)[1]) : 7;
if (args.length === 0 || !Number.isInteger(n) || n < 3) {
  console.error('usage: node scripts/copycheck.mjs SOURCE... [--words N]   (N >= 3; see the comment at the top)');
  process.exit(2);
}
const words = (s) => s.toLowerCase().match(/[a-z0-9']+/g) ?? [];
const grams = new Set();
for (const path of args) {
  const raw = readFileSync(path, 'utf8');
  const texts = path.endsWith('.jsonl') ? raw.split('\n').filter(Boolean).map((l) => JSON.parse(l).text ?? '') : [raw];
  for (const text of texts) {
    const w = words(text);
    for (let i = 0; i + n <= w.length; i++) grams.add(w.slice(i, i + n).join(' '));
  }
}
const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n')
  .filter((f) => /\.(cs|tsv|md|txt|json|jsonl|mjs)$/.test(f) && !f.startsWith('docs/reviews/'));
let hits = 0;
for (const file of files) {
  readFileSync(file, 'utf8').split('\n').forEach((line, k) => {
    const w = words(line);
    for (let i = 0; i + n <= w.length; i++) {
      const g = w.slice(i, i + n).join(' ');
      if (grams.has(g)) {
        console.log(`${file}:${k + 1} | ${g}`);
        hits++;
        return;
      }
    }
  });
}
console.log(`${hits} line(s) share ${n} words with the sources`);
