#!/usr/bin/env node
// firing.mjs BEFORE.jsonl AFTER.jsonl [NAME=IDS.txt ...]: where a change to Parley fires. Compares two outputs of
// `parley extract --format jsonl` over the same stories and counts, per group of stories, the events that appear or
// disappear (an event is its story, trigger span, CAMEO code, factuality and source and target codes). A group is a
// file of story ids, one a line; stories in no group form "other". A rule written from a set's errors that changes
// far more events per story in that set than in stories nobody annotated is fitted to its stories, not general.
// Example: node scripts/firing.mjs before.jsonl after.jsonl annotated=annotated-ids.txt
import { readFileSync } from 'node:fs';

const [before, after, ...groupArgs] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node scripts/firing.mjs BEFORE.jsonl AFTER.jsonl [NAME=IDS.txt ...]');
  process.exit(2);
}
const groups = groupArgs.map((arg) => {
  const [name, path] = arg.split('=');
  if (!name || !path) {
    console.error(`'${arg}' is no NAME=IDS.txt group`);
    process.exit(2);
  }
  return { name, ids: new Set(readFileSync(path, 'utf8').split(/\s+/).filter(Boolean)) };
});
const groupOf = (id) => groups.find((g) => g.ids.has(id))?.name ?? 'other';

function read(path) {
  const byStory = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    const events = new Set((doc.events ?? []).map((e) => JSON.stringify([e.trigger?.start, e.trigger?.end, e.cameo, e.factuality,
      (e.source ?? []).map((a) => a.code), (e.target ?? []).map((a) => a.code)])));
    byStory.set(doc.id, events);
  }
  return byStory;
}

const a = read(before);
const b = read(after);
const rows = new Map();
for (const id of new Set([...a.keys(), ...b.keys()])) {
  const x = a.get(id) ?? new Set();
  const y = b.get(id) ?? new Set();
  let changed = 0;
  for (const e of x) if (!y.has(e)) changed++;
  for (const e of y) if (!x.has(e)) changed++;
  const g = groupOf(id);
  const row = rows.get(g) ?? { stories: 0, events: 0, changed: 0 };
  row.stories++;
  row.events += y.size;
  row.changed += changed;
  rows.set(g, row);
}
console.log('group           stories  events after  changed  changed per story');
for (const [name, r] of rows)
  console.log(`${name.padEnd(16)}${String(r.stories).padStart(7)}${String(r.events).padStart(14)}${String(r.changed).padStart(9)}${(r.changed / r.stories).toFixed(2).padStart(19)}`);
